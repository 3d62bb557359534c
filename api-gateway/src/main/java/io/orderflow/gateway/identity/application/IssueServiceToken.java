package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.application.IdentityRefused.Kind;
import io.orderflow.gateway.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Use case: a service proves who it is with its client secret and gets a service token (client credentials). */
@ApplicationScoped
public class IssueServiceToken {

    private final IdentitySettings settings;
    private final AccessTokens accessTokens;

    public IssueServiceToken(IdentitySettings settings, AccessTokens accessTokens) {
        this.settings = settings;
        this.accessTokens = accessTokens;
    }

    public AccessTokens.IssuedToken issue(String clientId, String clientSecret) {
        String expected = clientId == null ? null : settings.serviceClients().get(clientId);
        if (expected == null || expected.isEmpty() || clientSecret == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        clientSecret.getBytes(StandardCharsets.UTF_8))) {
            throw new IdentityRefused(Kind.BAD_CLIENT, "unknown client or wrong client secret");
        }
        return accessTokens.issue(clientId, clientId, Role.SERVICE, null);
    }
}
