package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.application.IdentityRefused.Kind;
import io.orderflow.gateway.identity.domain.User;
import io.orderflow.gateway.identity.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Use case: an admin disables (or enables again) a user. Refresh tokens die at once; access tokens already issued
 * run out within their short lifetime.
 */
@ApplicationScoped
public class DisableUser {

    private final Users users;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public DisableUser(Users users, RefreshTokens refreshTokens, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional
    public User disable(Username username) {
        User user = users.find(username).orElseThrow(() -> new IdentityRefused(Kind.UNKNOWN_USER,
                "there is no user " + username));
        User disabled = user.disabled();
        users.save(disabled);
        refreshTokens.revokeAllOf(user.id(), clock.instant());
        return disabled;
    }
}
