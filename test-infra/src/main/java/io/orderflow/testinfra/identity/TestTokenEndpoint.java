package io.orderflow.testinfra.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An OAuth2 token endpoint (client credentials, {@code client_secret_post}) of the {@link TestIssuer}: a real
 * HTTP server a service under test fetches its own service token from, as it would from the gateway.
 */
public final class TestTokenEndpoint implements AutoCloseable {

    public static final String PATH = "/auth/token";

    private final HttpServer server;
    private final TestIssuer issuer;
    private final String clientId;
    private final String clientSecret;
    private final AtomicInteger issued = new AtomicInteger();

    public TestTokenEndpoint(TestIssuer issuer, String clientId, String clientSecret) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::token);
        server.start();
    }

    /** The base URL; the token endpoint is at {@link #PATH} under it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many tokens this endpoint has issued. */
    public int issued() {
        return issued.get();
    }

    /** What order-service needs to fetch its tokens here (quarkus-oidc-client configuration). */
    public Map<String, String> clientConfig() {
        return Map.of(
                "quarkus.oidc-client.auth-server-url", url(),
                "quarkus.oidc-client.token-path", PATH,
                "quarkus.oidc-client.client-id", clientId,
                "quarkus.oidc-client.credentials.client-secret.value", clientSecret);
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        boolean valid = "POST".equals(exchange.getRequestMethod())
                && "client_credentials".equals(form.get("grant_type"))
                && clientId.equals(form.get("client_id")) && clientSecret.equals(form.get("client_secret"));
        String body = valid
                ? "{\"access_token\":\"" + issuer.token(clientId, "service") + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":300}"
                : "{\"error\":\"invalid_client\"}";
        if (valid) {
            issued.incrementAndGet();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(valid ? 200 : 401, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).filter(p -> p.contains("="))
                .collect(Collectors.toMap(p -> decode(p.substring(0, p.indexOf('='))),
                        p -> decode(p.substring(p.indexOf('=') + 1)), (a, b) -> b));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
