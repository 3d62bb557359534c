package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.application.IdentityRefused.Kind;
import io.orderflow.gateway.identity.application.RefreshTokens.StoredRefreshToken;
import io.orderflow.gateway.identity.domain.User;
import io.orderflow.gateway.identity.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases: log in, exchange a refresh token for a new session, log out. A refresh token is used once: each
 * exchange replaces it, and presenting a replaced one again revokes its whole family (it was copied).
 */
@ApplicationScoped
public class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Duration refreshLifetime;
    private final Clock clock;
    private final String decoyHash;

    public Sessions(Users users, PasswordHasher passwords, AccessTokens accessTokens, RefreshTokens refreshTokens,
                    IdentitySettings settings, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.refreshLifetime = settings.refreshTokenLifetime();
        this.clock = clock;
        this.decoyHash = passwords.hash("decoy password, never matches a login");
    }

    @Transactional
    public Session logIn(Username username, String password) {
        Optional<User> user = users.find(username);
        // An unknown name costs the same hash as a known one, so timing does not tell which names exist.
        boolean matches = passwords.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches || !user.get().enabled()) {
            throw new IdentityRefused(Kind.BAD_CREDENTIALS, "the username or password is wrong, or the account "
                    + "is disabled");
        }
        return open(user.get(), UUID.randomUUID());
    }

    /** The revocation of a reused token's family must commit although the request is refused. */
    @Transactional(dontRollbackOn = IdentityRefused.class)
    public Session refresh(String refreshToken) {
        Instant now = clock.instant();
        StoredRefreshToken stored = refreshTokens.lock(hash(refreshToken))
                .orElseThrow(Sessions::badRefreshToken);
        if (stored.revokedAt() != null) {
            refreshTokens.revokeFamily(stored.family(), now);
            throw badRefreshToken();
        }
        if (!stored.usableAt(now)) {
            throw badRefreshToken();
        }
        User user = users.find(stored.userId()).filter(User::enabled).orElseThrow(Sessions::badRefreshToken);
        refreshTokens.revoke(stored.tokenHash(), now);
        return open(user, stored.family());
    }

    @Transactional
    public void logOut(String refreshToken) {
        refreshTokens.lock(hash(refreshToken))
                .ifPresent(stored -> refreshTokens.revokeFamily(stored.family(), clock.instant()));
    }

    private Session open(User user, UUID family) {
        AccessTokens.IssuedToken access = accessTokens.issue(user.id().toString(), user.username().value(),
                user.role(), user.email() == null ? null : user.email().value());
        String refresh = newRefreshToken();
        refreshTokens.add(hash(refresh), user.id(), family, clock.instant().plus(refreshLifetime));
        return new Session(access.value(), access.expiresInSeconds(), refresh, refreshLifetime.toSeconds(),
                user.role().claim());
    }

    private static IdentityRefused badRefreshToken() {
        return new IdentityRefused(Kind.BAD_REFRESH_TOKEN, "the refresh token is unknown, expired or revoked; "
                + "log in again");
    }

    private static String newRefreshToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(token).getBytes());
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
