package io.orderflow.gateway.proxy;

import io.orderflow.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** Forwards each routed request to its backend service and relays the answer unchanged. */
@ApplicationScoped
public class ProxyRoutes {

    static final String CORRELATION_ID = EdgeHeaders.CORRELATION_ID;
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    private final GatewayConfig config;
    public ProxyRoutes(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router, Vertx vertx) {
        RouteTable table = new RouteTable(config);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(100)
                .setKeepAlive(true));
        for (GatewayConfig.Route route : table.all()) {
            router.route(route.prefix()).order(-10).handler(body()).failureHandler(ProxyRoutes::bodyRefused);
            router.route(route.prefix() + "/*").order(-10).handler(body()).failureHandler(ProxyRoutes::bodyRefused);
            Backends backends = new Backends(route.target());
            router.route(route.prefix()).order(-9).handler(rc -> forward(rc, client, route, backends.next()));
            router.route(route.prefix() + "/*").order(-9).handler(rc -> forward(rc, client, route, backends.next()));
        }
    }

    /** Bodies are held in memory up to the limit and never written to disk (no file uploads). */
    private BodyHandler body() {
        return BodyHandler.create(false).setBodyLimit(config.maxBodySize());
    }

    private static void bodyRefused(RoutingContext rc) {
        if (rc.statusCode() == 413) {
            GatewayProblem.send(rc, 413, "the request body is larger than the gateway accepts", correlationId(rc));
        } else {
            rc.next();
        }
    }

    private void forward(RoutingContext rc, HttpClient client, GatewayConfig.Route route, URI target) {
        String correlationId = correlationId(rc);
        RequestOptions options = new RequestOptions()
                .setMethod(rc.request().method())
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(rc.request().uri())
                .setTimeout(config.upstreamTimeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyHeaders(rc.request().headers(), headers);
        headers.set(CORRELATION_ID, correlationId);
        ForwardedHeaders.replace(rc.request(), headers);
        options.setHeaders(headers);
        client.request(options)
                .compose(request -> rc.body().buffer() == null ? request.send() : request.send(rc.body().buffer()))
                .compose(response -> response.body().map(body -> {
                    relay(rc, response, correlationId);
                    rc.response().end(body);
                    return response.statusCode();
                }))
                .onFailure(error -> {
                    boolean timedOut = error instanceof TimeoutException
                            || String.valueOf(error.getMessage()).contains("timeout");
                    int status = timedOut ? 504 : 502;
                    LOG.warnf("%s %s -> %s failed: %s", rc.request().method(), rc.request().path(), target,
                            error.toString());
                    GatewayProblem.send(rc, status, timedOut
                            ? "the " + route.prefix() + " service did not answer in time; retrying with the same "
                                    + "Idempotency-Key is safe"
                            : "the " + route.prefix() + " service is unavailable; try again shortly", correlationId);
                });
    }

    private static void relay(RoutingContext rc, HttpClientResponse response, String correlationId) {
        rc.response().setStatusCode(response.statusCode());
        copyHeaders(response.headers(), rc.response().headers());
        rc.response().headers().set(CORRELATION_ID, correlationId);
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    static String correlationId(RoutingContext rc) {
        return EdgeHeaders.correlationId(rc);
    }
}
