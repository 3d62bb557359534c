package io.orderflow.gateway.audit;

import io.orderflow.gateway.limits.RequestLimits;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Logs every request in one line (method, path, status, latency; correlation id and subject as fields; never a
 * header or a body, so no token or password) and keeps an audit row for each state-changing one
 * (who changed what, when, with which outcome), written off the event loop in batches ({@link AuditRows}).
 */
@ApplicationScoped
public class RequestAudit {

    private static final Logger LOG = Logger.getLogger("gateway.access");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditRows rows;

    public RequestAudit(AuditRows rows) {
        this.rows = rows;
    }

    public void record(RoutingContext rc, String correlationId, int status, long startedNanos) {
        long durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
        String method = rc.request().method().name();
        String path = rc.request().path();
        String subject = rc.get(RequestLimits.SUBJECT);
        MDC.put("correlationId", correlationId);
        MDC.put("subject", subject == null ? "anonymous" : subject);
        try {
            LOG.info(method + " " + path + " -> " + status + " in " + durationMs + " ms");
        } finally {
            MDC.remove("correlationId");
            MDC.remove("subject");
        }
        if (!STATE_CHANGING.contains(method)) {
            return;
        }
        String clientAddress = rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
        rows.add(new AuditRow(correlationId, method, path.length() > 500 ? path.substring(0, 500) : path, status,
                durationMs, subject, clientAddress, Instant.now()));
    }
}
