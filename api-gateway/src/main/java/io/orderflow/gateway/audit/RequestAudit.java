package io.orderflow.gateway.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Logs every proxied request in one line and keeps an audit row for each state-changing one
 * (who changed what, when, with which outcome), written off the event loop.
 */
@ApplicationScoped
public class RequestAudit {

    private static final Logger LOG = Logger.getLogger("gateway.access");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Vertx vertx;

    public RequestAudit(Vertx vertx) {
        this.vertx = vertx;
    }

    public void record(RoutingContext rc, String correlationId, int status, long startedNanos) {
        long durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
        String method = rc.request().method().name();
        String path = rc.request().path();
        String subject = rc.user() == null ? null : rc.user().subject();
        LOG.infof("%s %s -> %d in %d ms correlationId=%s", method, path, status, durationMs, correlationId);
        if (!STATE_CHANGING.contains(method)) {
            return;
        }
        RequestAuditEntity row = new RequestAuditEntity();
        row.correlationId = correlationId;
        row.method = method;
        row.path = path.length() > 500 ? path.substring(0, 500) : path;
        row.status = status;
        row.durationMs = durationMs;
        row.subject = subject;
        row.clientAddress = rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
        row.receivedAt = Instant.now();
        vertx.executeBlocking(() -> {
            QuarkusTransaction.requiringNew().run(row::persist);
            return null;
        }, false).onFailure(e -> LOG.warnf("audit row for %s lost: %s", correlationId, e.toString()));
    }
}
