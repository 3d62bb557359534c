package io.orderflow.gateway.identity.adapter.in.startup;

import io.orderflow.gateway.identity.application.CreateStaff;
import io.orderflow.gateway.identity.config.IdentityConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * At start: refuses to run in production without a configured admin password (there is no default one), then
 * makes the first admin and ops users that do not exist yet.
 */
public class StaffAtStart {

    void onStart(@Observes StartupEvent event, IdentityConfig config, CreateStaff staff) {
        requireAdminPassword(LaunchMode.current(), config.adminPassword());
        staff.createMissing();
    }

    static void requireAdminPassword(LaunchMode mode, Optional<String> adminPassword) {
        if (mode == LaunchMode.NORMAL && adminPassword.filter(p -> !p.isBlank()).isEmpty()) {
            throw new IllegalStateException("AUTH_ADMIN_PASSWORD is not set: the production profile has no default "
                    + "admin password; set one (at least 12 characters) to start the gateway");
        }
    }
}
