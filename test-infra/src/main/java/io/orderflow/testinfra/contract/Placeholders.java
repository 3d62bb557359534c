package io.orderflow.testinfra.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two kinds of {@code ${...}} in a contract: type placeholders ({@code ${string}}, {@code ${uuid}},
 * {@code ${number}}, {@code ${integer}}, {@code ${boolean}}) that a matching value of that JSON type satisfies,
 * and variables (any other name) that a test binds to the values of its run.
 */
final class Placeholders {

    /** A JSON type a placeholder stands for. */
    enum Type {
        STRING, UUID, NUMBER, INTEGER, BOOLEAN;

        String label() {
            return name().toLowerCase();
        }

        /** "a string", "an integer": for messages. */
        String described() {
            return (this == INTEGER ? "an " : "a ") + label();
        }

        boolean accepts(JsonNode actual) {
            return switch (this) {
                case STRING -> actual.isTextual();
                case UUID -> actual.isTextual() && UUID_TEXT.matcher(actual.asText()).matches();
                case NUMBER -> actual.isNumber();
                case INTEGER -> actual.isIntegralNumber();
                case BOOLEAN -> actual.isBoolean();
            };
        }

        JsonNode sample() {
            return switch (this) {
                case STRING -> TextNode.valueOf("example text");
                case UUID -> TextNode.valueOf(java.util.UUID.randomUUID().toString());
                case NUMBER, INTEGER -> IntNode.valueOf(1);
                case BOOLEAN -> BooleanNode.TRUE;
            };
        }
    }

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

    private Placeholders() {
    }

    /** The type a whole-value placeholder such as {@code "${uuid}"} stands for, if the node is one. */
    static Optional<Type> typeOf(JsonNode expected) {
        if (expected == null || !expected.isTextual()) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(expected.asText());
        return m.matches() ? type(m.group(1)) : Optional.empty();
    }

    private static Optional<Type> type(String name) {
        return Arrays.stream(Type.values()).filter(t -> t.label().equals(name)).findFirst();
    }

    /** A copy of {@code node} with every type placeholder replaced by a sample value of its type. */
    static JsonNode example(JsonNode node) {
        Optional<Type> type = typeOf(node);
        if (type.isPresent()) {
            return type.get().sample();
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), example(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(example(element)));
            return copy;
        }
        return node.deepCopy();
    }

    /** Puts the values of one test run in place of an interaction's variables. */
    static final class Binder {

        private final Map<String, ?> variables;
        private final String interaction;

        Binder(Map<String, ?> variables, String interaction) {
            this.variables = variables;
            this.interaction = interaction;
        }

        String text(String text) {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String replacement = type(name).isPresent() ? m.group() : String.valueOf(value(name));
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** A JSON object of strings (query parameters, headers) with its variables bound, in file order. */
        Map<String, String> strings(JsonNode object) {
            if (object.isMissingNode()) {
                return Map.of();
            }
            Map<String, String> values = new LinkedHashMap<>();
            object.fields().forEachRemaining(e -> values.put(e.getKey(), text(e.getValue().asText())));
            return Collections.unmodifiableMap(values);
        }

        JsonNode json(JsonNode node) {
            if (node.isTextual()) {
                Matcher m = PLACEHOLDER.matcher(node.asText());
                if (m.matches() && type(m.group(1)).isEmpty()) {
                    return valueNode(value(m.group(1)));
                }
                return TextNode.valueOf(text(node.asText()));
            }
            if (node.isObject()) {
                ObjectNode copy = JsonNodeFactory.instance.objectNode();
                node.fields().forEachRemaining(e -> copy.set(e.getKey(), json(e.getValue())));
                return copy;
            }
            if (node.isArray()) {
                ArrayNode copy = JsonNodeFactory.instance.arrayNode();
                node.forEach(element -> copy.add(json(element)));
                return copy;
            }
            return node.deepCopy();
        }

        private Object value(String name) {
            if (!variables.containsKey(name) || variables.get(name) == null) {
                throw new IllegalStateException("interaction '" + interaction + "' uses ${" + name
                        + "} but the test bound no value to it; bound: " + variables.keySet());
            }
            return variables.get(name);
        }

        private static JsonNode valueNode(Object value) {
            if (value instanceof Integer || value instanceof Long) {
                return JsonNodeFactory.instance.numberNode(((Number) value).longValue());
            }
            if (value instanceof Number number) {
                return JsonNodeFactory.instance.numberNode(new BigDecimal(number.toString()));
            }
            if (value instanceof Boolean bool) {
                return BooleanNode.valueOf(bool);
            }
            return TextNode.valueOf(value.toString());
        }
    }
}
