package io.orderflow.testinfra.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** The request of a bound interaction: exactly what the consumer sends, and what a provider test replays. */
public record ContractRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                              JsonNode body) {

    /** The path with its query string, URL-encoded. */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The body as JSON text, or null when the request has none. */
    public String bodyText() {
        return body == null ? null : body.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
