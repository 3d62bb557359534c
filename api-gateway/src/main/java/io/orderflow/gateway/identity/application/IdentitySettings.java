package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.domain.Role;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What the identity use cases need to know from configuration. */
public interface IdentitySettings {

    Duration refreshTokenLifetime();

    /** Passwords of the first admin and ops users (named like their role); an absent one is not created. */
    Map<Role, Optional<String>> firstStaffPasswords();

    /** Client id to secret of the services that get a token of their own (client credentials). */
    Map<String, String> serviceClients();
}
