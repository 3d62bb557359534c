package io.orderflow.gateway.identity.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Port: refresh tokens, kept as hashes only. */
public interface RefreshTokens {

    void add(String tokenHash, UUID userId, UUID family, Instant expiresAt);

    /** The token, locked until the transaction ends, so one token is exchanged once. */
    Optional<StoredRefreshToken> lock(String tokenHash);

    void revoke(String tokenHash, Instant at);

    void revokeFamily(UUID family, Instant at);

    void revokeAllOf(UUID userId, Instant at);

    /** A stored refresh token. */
    record StoredRefreshToken(String tokenHash, UUID userId, UUID family, Instant expiresAt, Instant revokedAt) {

        boolean usableAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }
}
