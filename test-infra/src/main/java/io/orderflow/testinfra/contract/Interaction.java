package io.orderflow.testinfra.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One request a consumer makes and the answer it relies on, with {@code ${name}} variables still unbound:
 * {@link #bind} fills them in with the values of one test run.
 */
public record Interaction(String name, String providerState, JsonNode request, JsonNode response) {

    static Interaction from(JsonNode node, String source) {
        String name = node.path("name").asText("");
        if (name.isBlank() || !node.path("providerState").isTextual() || !node.path("request").isObject()
                || !node.path("response").path("status").isInt()) {
            throw new IllegalArgumentException("contract " + source + ": every interaction needs a name, a "
                    + "providerState, a request and a response with a status; this one does not: " + node);
        }
        return new Interaction(name, node.get("providerState").asText(), node.get("request"), node.get("response"));
    }

    /**
     * Replaces every variable ({@code ${orderId}}, {@code ${sku}}, ...) by its value; type placeholders such as
     * {@code ${uuid}} stay. A variable without a value fails, naming it.
     */
    public Bound bind(Map<String, ?> variables) {
        Placeholders.Binder binder = new Placeholders.Binder(variables, name);
        ContractRequest boundRequest = new ContractRequest(
                request.path("method").asText(),
                binder.text(request.path("path").asText()),
                binder.strings(request.path("query")),
                binder.strings(request.path("headers")),
                request.has("body") ? binder.json(request.get("body")) : null);
        ContractResponse boundResponse = new ContractResponse(
                response.get("status").asInt(),
                binder.strings(response.path("headers")),
                response.has("body") ? binder.json(response.get("body")) : null);
        return new Bound(name, providerState, boundRequest, boundResponse);
    }

    /** An interaction with the values of one test run in place. */
    public record Bound(String name, String providerState, ContractRequest request, ContractResponse response) {
    }
}
