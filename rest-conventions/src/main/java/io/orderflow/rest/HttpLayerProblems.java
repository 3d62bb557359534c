package io.orderflow.rest;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;

/**
 * Requests refused by the HTTP layer before any resource runs (a body or form field over the limit, a path or
 * header the server cannot read) are answered as problem+json too, instead of an empty body.
 */
@ApplicationScoped
public class HttpLayerProblems {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext rc) {
        int status = rc.statusCode();
        if (status < 400 || status >= 500 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.MALFORMED_REQUEST;
        };
        String correlationId = rc.request().getHeader(CorrelationId.HEADER);
        JsonObject problem = new JsonObject()
                .put("type", type.uri().toString())
                .put("title", type.title())
                .put("status", status)
                .put("detail", status == 413 ? "the request body or one of its form fields is larger than accepted"
                        : "the request cannot be read: " + type.title().toLowerCase())
                .put("instance", rc.request().path())
                .put("correlationId", correlationId != null ? correlationId : UUID.randomUUID().toString());
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem.encode());
    }
}
