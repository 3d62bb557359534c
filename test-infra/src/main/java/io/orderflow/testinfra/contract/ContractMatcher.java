package io.orderflow.testinfra.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks real requests and responses against a bound interaction. A response matches when its status is the
 * expected one, every expected header and body field is present, exact values are equal and placeholders hold a
 * value of their type; fields the consumer does not read may be added freely. A request matches the same way,
 * except that its body must not carry fields the contract does not list: the provider test replays only those.
 */
public final class ContractMatcher {

    private ContractMatcher() {
    }

    /** Fails, listing every difference, unless the provider's answer is the one the consumer relies on. */
    public static void assertResponseMatches(Interaction.Bound expected, ActualResponse actual) {
        List<String> problems = new ArrayList<>();
        ContractResponse response = expected.response();
        if (actual.status() != response.status()) {
            problems.add("status: expected " + response.status() + ", got " + actual.status());
        }
        headers(response.headers(), actual.headers(), problems);
        if (response.body() != null) {
            body(response.body(), actual.body(), true, problems);
        }
        fail("the answer", expected, problems, actual.body());
    }

    /** Fails, listing every difference, unless the consumer sent the request the contract describes. */
    public static void assertRequestMatches(Interaction.Bound expected, ActualRequest actual) {
        List<String> problems = new ArrayList<>();
        ContractRequest request = expected.request();
        if (!request.method().equalsIgnoreCase(actual.method())) {
            problems.add("method: expected " + request.method() + ", got " + actual.method());
        }
        URI url = URI.create(actual.url());
        if (!request.path().equals(url.getRawPath())) {
            problems.add("path: expected " + request.path() + ", got " + url.getRawPath());
        }
        Map<String, List<String>> query = query(url.getRawQuery());
        request.query().forEach((name, value) -> {
            List<String> values = query.getOrDefault(name, List.of());
            if (!values.equals(List.of(value))) {
                problems.add("query parameter " + name + ": expected [" + value + "], got " + values);
            }
        });
        headers(request.headers(), actual.headers(), problems);
        if (request.body() != null) {
            body(request.body(), actual.body(), false, problems);
        }
        fail("the request", expected, problems, actual.body());
    }

    /** Differences between an expected JSON value and an actual one, one line each; extra fields allowed. */
    public static List<String> mismatches(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        JsonComparison.compare("$", expected, actual, true, problems);
        return problems;
    }

    private static void body(JsonNode expected, String actualText, boolean extraFieldsAllowed,
                             List<String> problems) {
        if (actualText == null || actualText.isBlank()) {
            problems.add("body: expected " + expected + ", got none");
            return;
        }
        try {
            JsonComparison.compare("$", expected, Contract.JSON.readTree(actualText), extraFieldsAllowed, problems);
        } catch (IOException e) {
            problems.add("body: expected JSON, got: " + actualText);
        }
    }

    /** Header names are case-insensitive; a Content-Type matches on its media type, whatever its parameters. */
    private static void headers(Map<String, String> expected, Map<String, String> actual, List<String> problems) {
        Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        received.putAll(actual);
        expected.forEach((name, value) -> {
            String got = received.get(name);
            Optional<Placeholders.Type> type = Placeholders.typeOf(TextNode.valueOf(value));
            if (got == null) {
                problems.add("header " + name + ": missing, expected " + value);
            } else if (type.isPresent()) {
                if (!type.get().accepts(TextNode.valueOf(got))) {
                    problems.add("header " + name + ": expected " + type.get().described() + ", got " + got);
                }
            } else if (name.equalsIgnoreCase("Content-Type") ? !mediaType(value).equals(mediaType(got))
                    : !value.equals(got)) {
                problems.add("header " + name + ": expected " + value + ", got " + got);
            }
        });
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static void fail(String what, Interaction.Bound expected, List<String> problems, String actualBody) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + " does not match interaction '" + expected.name() + "' (provider state: "
                    + expected.providerState() + "):\n  - " + String.join("\n  - ", problems)
                    + "\n  body was: " + actualBody);
        }
    }
}
