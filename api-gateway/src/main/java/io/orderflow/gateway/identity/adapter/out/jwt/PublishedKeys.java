package io.orderflow.gateway.identity.adapter.out.jwt;

import io.orderflow.gateway.identity.application.KeyRing;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The published keys held in memory, so a token can be checked on the event loop without a database call.
 * Reloaded every 10 s off the event loop, and at once (off the event loop) when a token names an unknown key.
 */
@ApplicationScoped
public class PublishedKeys {

    private static final Logger LOG = Logger.getLogger(PublishedKeys.class);
    static final Duration RELOAD_EVERY = Duration.ofSeconds(10);

    private final KeyRing keys;
    private volatile List<KeyRing.VerificationKey> held = List.of();

    public PublishedKeys(KeyRing keys) {
        this.keys = keys;
    }

    void onStart(@Observes StartupEvent event, Vertx vertx) {
        reload();
        vertx.setPeriodic(RELOAD_EVERY.toMillis(), id -> vertx.executeBlocking(() -> {
            reload();
            return null;
        }, false).onFailure(e -> LOG.warnf("reloading the published keys failed: %s", e.toString())));
    }

    Optional<KeyRing.VerificationKey> find(String kid) {
        Optional<KeyRing.VerificationKey> key = lookUp(kid);
        if (key.isEmpty() && !Context.isOnEventLoopThread()) {
            reload();
            key = lookUp(kid);
        }
        return key;
    }

    /** Called (off the event loop) when a key signs, so tokens it signs verify at once, not after a reload. */
    void know(String kid) {
        if (lookUp(kid).isEmpty()) {
            reload();
        }
    }

    private Optional<KeyRing.VerificationKey> lookUp(String kid) {
        return held.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    private void reload() {
        held = keys.published();
    }
}
