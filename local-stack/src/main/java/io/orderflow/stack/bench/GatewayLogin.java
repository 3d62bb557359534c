package io.orderflow.stack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Logs a benchmark in at the gateway as a client would: the stack's admin, or a customer registered now. */
public final class GatewayLogin {

    /** An access token, the refresh token that renews it once, and the access token's lifetime. */
    public record Session(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String gateway;

    public GatewayLogin(HttpClient http, String gateway) {
        this.http = http;
        this.gateway = gateway;
    }

    /** An admin token, with the password {@code ./stack} keeps in its data directory. */
    public String admin(Path credentials) throws IOException, InterruptedException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(credentials)) {
            properties.load(reader);
        }
        return login("admin", properties.getProperty("admin.password"));
    }

    /** The token of a customer registered for this run. */
    String newCustomer() throws IOException, InterruptedException {
        return newCustomerSession().accessToken();
    }

    /** A customer registered for this run, logged in. */
    public Session newCustomerSession() throws IOException, InterruptedException {
        String username = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        post("/auth/register", Map.of("username", username, "password", password), 201);
        return session(post("/auth/login", Map.of("username", username, "password", password), 200));
    }

    /** Exchanges a refresh token (it works once) for a new session. */
    public Session refresh(String refreshToken) throws IOException, InterruptedException {
        return session(post("/auth/refresh", Map.of("refresh_token", refreshToken), 200));
    }

    private String login(String username, String password) throws IOException, InterruptedException {
        return post("/auth/login", Map.of("username", username, "password", password), 200).get("access_token")
                .toString();
    }

    private static Session session(Map<?, ?> answer) {
        return new Session(answer.get("access_token").toString(), String.valueOf(answer.get("refresh_token")),
                ((Number) answer.get("expires_in")).longValue());
    }

    private Map<?, ?> post(String path, Map<String, String> body, int expected)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readValue(response.body(), Map.class);
    }
}
