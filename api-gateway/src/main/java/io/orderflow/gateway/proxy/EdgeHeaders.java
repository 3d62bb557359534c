package io.orderflow.gateway.proxy;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.orderflow.gateway.audit.RequestAudit;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * First on every request: settles its correlation id (the client's, when it is a safe token, or a new one),
 * which travels to every service and comes back in the answer; and adds the security headers a browser-facing
 * API answers with. The answer names the trace of the request ({@code X-Trace-Id}), for operators and bug reports.
 */
@ApplicationScoped
public class EdgeHeaders {

    public static final String CORRELATION_ID = "X-Correlation-Id";
    /** The id of the trace the request started (or joined): look it up in Zipkin or Jaeger. */
    public static final String TRACE_ID = "X-Trace-Id";
    static final String CORRELATION_KEY = "gateway.correlationId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final RequestAudit audit;

    public EdgeHeaders(RequestAudit audit) {
        this.audit = audit;
    }

    void register(@Observes Router router) {
        router.route().order(-30).handler(this::settle);
    }

    private void settle(RoutingContext rc) {
        String incoming = rc.request().getHeader(CORRELATION_ID);
        String id = incoming != null && SAFE_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        rc.put(CORRELATION_KEY, id);
        rc.request().headers().set(CORRELATION_ID, id);
        boolean api = !rc.request().path().startsWith("/q/");
        long started = System.nanoTime();
        SpanContext trace = Span.current().getSpanContext();
        if (api) {
            rc.addBodyEndHandler(v -> audit.record(rc, id, rc.response().getStatusCode(), started));
        }
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set(CORRELATION_ID, id);
            if (trace.isValid()) {
                headers.set(TRACE_ID, trace.getTraceId());
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            if (api) {
                headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
                if (!headers.contains("Cache-Control")) {
                    headers.set("Cache-Control", "no-store");
                }
            }
        });
        rc.next();
    }

    /** The correlation id settled for this request. */
    public static String correlationId(RoutingContext rc) {
        String id = rc.get(CORRELATION_KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
