package io.orderflow.gateway.proxy;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** problem+json answers the gateway gives itself (no backend involved). */
public final class GatewayProblem {

    private GatewayProblem() {
    }

    /** The correlation id of the request, for answers made outside the proxy. */
    public static String correlationId(RoutingContext rc) {
        return EdgeHeaders.correlationId(rc);
    }

    public static void send(RoutingContext rc, int status, String detail, String correlationId) {
        String type = switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 413 -> "payload-too-large";
            case 429 -> "rate-limited";
            case 504 -> "upstream-timeout";
            default -> "dependency-unavailable";
        };
        JsonObject body = new JsonObject()
                .put("type", "https://orderflow.io/problems/" + type)
                .put("title", switch (status) {
                    case 401 -> "Authentication required";
                    case 403 -> "Not allowed";
                    case 413 -> "Request body too large";
                    case 429 -> "Too many requests";
                    case 504 -> "A service did not answer in time";
                    default -> "A service this request depends on is unavailable";
                })
                .put("status", status)
                .put("detail", detail)
                .put("instance", rc.request().path())
                .put("correlationId", correlationId);
        if (!rc.response().ended()) {
            rc.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader(ProxyRoutes.CORRELATION_ID, correlationId)
                    .end(body.encode());
        }
    }
}
