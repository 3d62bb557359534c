package io.orderflow.stack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The services of a rendered {@code docker-compose config}, read as {@link Workload}s. */
final class ComposeModel {

    private static final Pattern LOCAL_URL = Pattern.compile("http://(?:localhost|127\\.0\\.0\\.1):(\\d+)(/\\S*)");

    private final JsonNode root;

    ComposeModel(JsonNode root) {
        this.root = root;
    }

    JsonNode service(String name) {
        JsonNode service = root.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    Workload workload(String name) {
        JsonNode service = service(name);
        Workload.Probe health = healthCheck(service);
        return new Workload(name, environment(service), health == null ? null : health.port(), health, null, Map.of());
    }

    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isArray()) {
            environment.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                env.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    /** The URL the health check asks for, when it asks one over HTTP. */
    static Workload.Probe healthCheck(JsonNode service) {
        JsonNode test = service.path("healthcheck").path("test");
        List<String> words = new ArrayList<>();
        if (test.isArray()) {
            test.forEach(word -> words.add(word.asText()));
        } else {
            words.add(test.asText());
        }
        Matcher url = LOCAL_URL.matcher(String.join(" ", words));
        return url.find() ? new Workload.Probe(url.group(2), Integer.valueOf(url.group(1))) : null;
    }

    List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.isObject()
                    ? value.path("source").asText() + ":" + value.path("target").asText() : value.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            values.add(node.asText());
        }
        return values;
    }
}
