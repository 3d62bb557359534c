package io.orderflow.fakeprovider;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A test's view of the fake provider over real HTTP. */
final class ProviderClient {

    /** Status code and parsed JSON body of one answer. */
    record Answer(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    ProviderClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    Answer charge(String key, long amount, String token) {
        String body = "{\"amount\":%d,\"currency\":\"EUR\",\"source\":\"%s\"}".formatted(amount, token);
        return post("/v1/charges", key, body);
    }

    Answer refund(String key, String chargeId) {
        return post("/v1/refunds", key, "{\"charge\":\"" + chargeId + "\"}");
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    Answer post(String path, String key, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), HttpIo.JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
