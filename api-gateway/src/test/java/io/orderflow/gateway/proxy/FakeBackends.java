package io.orderflow.gateway.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One fake backend per gateway route. Each answers with its name, the path and the headers it received,
 * and a POST with a Location built from the forwarded headers the way Quarkus builds it behind a proxy.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    static final List<String> ROUTES = List.of("orders", "skus", "fulfillments", "ops");

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String route : ROUTES) {
            // orders runs as two copies, as a scaled-out order-service would: the gateway takes them in turn
            int copies = route.equals("orders") ? 2 : 1;
            List<String> urls = new ArrayList<>();
            for (int copy = 1; copy <= copies; copy++) {
                HttpServer server = startBackend(route, copy);
                servers.add(server);
                urls.add("http://localhost:" + server.getAddress().getPort());
            }
            config.put("gateway.routes." + route + ".target", String.join(",", urls));
        }
        return config;
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }

    private static HttpServer startBackend(String name, int copy) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> answer(name, copy, exchange));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(String name, int copy, HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        JsonObject headers = new JsonObject();
        exchange.getRequestHeaders().forEach((header, values) ->
                headers.put(header.toLowerCase(Locale.ROOT), String.join(",", values)));
        String path = exchange.getRequestURI().getPath();
        byte[] body = new JsonObject().put("backend", name).put("copy", copy).put("path", path).put("headers", headers).encode()
                .getBytes(StandardCharsets.UTF_8);
        boolean created = exchange.getRequestMethod().equals("POST");
        if (created) {
            exchange.getResponseHeaders().set("Location", forwardedBase(exchange) + path + "/42");
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(created ? 201 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Scheme, host and port as Quarkus reads them from X-Forwarded-Proto, -Host and -Port. */
    private static String forwardedBase(HttpExchange exchange) {
        String scheme = exchange.getRequestHeaders().getFirst("X-Forwarded-Proto");
        String host = exchange.getRequestHeaders().getFirst("X-Forwarded-Host").replaceFirst(":[0-9]+$", "");
        int port = Integer.parseInt(exchange.getRequestHeaders().getFirst("X-Forwarded-Port"));
        boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
