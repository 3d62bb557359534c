package io.orderflow.gateway.identity.config;

import io.orderflow.gateway.identity.application.IdentitySettings;
import io.orderflow.gateway.identity.domain.Role;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The gateway's own token issuer: names, lifetimes, first staff passwords and service clients. */
@ConfigMapping(prefix = "auth")
public interface IdentityConfig {

    /** The {@code iss} claim; services verify tokens against it. */
    String issuer();

    @WithDefault("orderflow")
    String audience();

    /** Short, so a disabled user's access ends soon without a revocation list. */
    @WithDefault("5m")
    Duration accessTokenLifetime();

    @WithDefault("14d")
    Duration refreshTokenLifetime();

    /**
     * How long a rotated-in key is published before it signs: longer than the services' key set refresh (one
     * minute), so none of them meets a token signed with a key it has not fetched.
     */
    @WithDefault("2m")
    Duration keyActivationDelay();

    /** Clock difference allowed between the gateway and the services. */
    @WithDefault("30s")
    Duration clockSkew();

    /** The first admin's password; required in production, where there is no default. */
    Optional<String> adminPassword();

    Optional<String> opsPassword();

    /** order-service's client secret for its service token; without it order-service gets none. */
    Optional<String> orderServiceClientSecret();

    default IdentitySettings settings() {
        IdentityConfig config = this;
        return new IdentitySettings() {
            @Override
            public Duration refreshTokenLifetime() {
                return config.refreshTokenLifetime();
            }

            @Override
            public Map<Role, Optional<String>> firstStaffPasswords() {
                return Map.of(Role.ADMIN, config.adminPassword(), Role.OPS, config.opsPassword());
            }

            @Override
            public Map<String, String> serviceClients() {
                return config.orderServiceClientSecret().map(secret -> Map.of("order-service", secret))
                        .orElse(Map.of());
            }
        };
    }
}
