package io.orderflow.gateway.identity.config;

import io.orderflow.gateway.identity.application.IdentitySettings;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** What the identity use cases get from the framework: their settings and the clock. */
public class IdentityBeans {

    @Produces
    @Singleton
    IdentitySettings settings(IdentityConfig config) {
        return config.settings();
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
