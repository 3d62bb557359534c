package io.orderflow.stack.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.stack.check.ProviderSnapshot.Charge;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lists every charge of the payment provider with {@code GET /v1/charges}. */
final class ProviderReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;

    ProviderReader(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    ProviderSnapshot read() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/charges"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        List<Charge> charges = new ArrayList<>();
        for (JsonNode node : JSON.readTree(response.body()).path("data")) {
            charges.add(new Charge(text(node, "id"), text(node, "status"), node.path("amount").asLong(),
                    text(node, "currency"), text(node, "idempotencyKey"), node.path("refunded").asBoolean(),
                    instant(node.path("createdAt"))));
        }
        return new ProviderSnapshot(charges);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }
}
