package io.orderflow.gateway.identity.adapter.out.persistence;

import io.orderflow.gateway.identity.application.RefreshTokens;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaRefreshTokens implements RefreshTokens {

    @Override
    public void add(String tokenHash, UUID userId, UUID family, Instant expiresAt) {
        RefreshTokenEntity row = new RefreshTokenEntity();
        row.tokenHash = tokenHash;
        row.userId = userId;
        row.family = family;
        row.expiresAt = expiresAt;
        row.persist();
    }

    @Override
    public Optional<StoredRefreshToken> lock(String tokenHash) {
        return RefreshTokenEntity.<RefreshTokenEntity>findByIdOptional(tokenHash, LockModeType.PESSIMISTIC_WRITE)
                .map(row -> new StoredRefreshToken(row.tokenHash, row.userId, row.family, row.expiresAt,
                        row.revokedAt));
    }

    @Override
    public void revoke(String tokenHash, Instant at) {
        revokeWhere("token_hash = ?1", tokenHash, at);
    }

    @Override
    public void revokeFamily(UUID family, Instant at) {
        revokeWhere("family = ?1", family, at);
    }

    @Override
    public void revokeAllOf(UUID userId, Instant at) {
        revokeWhere("user_id = ?1", userId, at);
    }

    private static void revokeWhere(String condition, Object value, Instant at) {
        Panache.getEntityManager().createNativeQuery(
                        "UPDATE refresh_tokens SET revoked_at = ?2 WHERE revoked_at IS NULL AND " + condition)
                .setParameter(1, value).setParameter(2, at).executeUpdate();
    }
}
