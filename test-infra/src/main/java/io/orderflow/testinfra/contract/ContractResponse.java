package io.orderflow.testinfra.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The answer a consumer relies on: its status, the headers it needs and a body example in which exact values are
 * what the consumer decides on and type placeholders ({@code ${uuid}}, {@code ${string}}, ...) mark fields that
 * must be present with that type. A null body means the consumer reads none.
 */
public record ContractResponse(int status, Map<String, String> headers, JsonNode body) {

    /** The body with every type placeholder replaced by a sample value, for a stub to serve; null without body. */
    public JsonNode exampleBody() {
        return body == null ? null : Placeholders.example(body);
    }
}
