package io.orderflow.stack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The objects of a rendered {@code kubectl kustomize}, with the workloads read as {@link Workload}s. */
final class KubernetesModel {

    private final List<JsonNode> objects;

    KubernetesModel(List<JsonNode> objects) {
        this.objects = objects;
    }

    Stream<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    /** Names of the Deployments, StatefulSets and Jobs. */
    List<String> workloadNames() {
        return Stream.of("Deployment", "StatefulSet", "Job").flatMap(this::ofKind)
                .map(o -> o.path("metadata").path("name").asText()).toList();
    }

    private JsonNode podTemplate(String name) {
        return Stream.of("Deployment", "StatefulSet", "Job").map(kind -> find(kind, name))
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new AssertionError("deploy/k8s renders no workload " + name))
                .path("spec").path("template");
    }

    JsonNode container(String name) {
        return podTemplate(name).path("spec").path("containers").path(0);
    }

    /** The first container of a Deployment, StatefulSet or Job of that name. */
    Workload workload(String name) {
        JsonNode podSpec = podTemplate(name);
        JsonNode container = container(name);
        Map<String, String> labels = new LinkedHashMap<>();
        podSpec.path("metadata").path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return new Workload(name, environment(container), port(container, "http"), probe(container, "readinessProbe"),
                probe(container, "livenessProbe"), labels);
    }

    private Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        container.path("envFrom").forEach(source -> {
            String configMap = source.path("configMapRef").path("name").asText();
            JsonNode data = find("ConfigMap", configMap)
                    .orElseThrow(() -> new AssertionError("envFrom names a missing ConfigMap " + configMap)).path("data");
            data.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        });
        container.path("env").forEach(variable -> {
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            env.put(variable.path("name").asText(), secret.isMissingNode()
                    ? variable.path("value").asText() : "<secret:" + secret.path("key").asText() + ">");
        });
        return env;
    }

    static Integer port(JsonNode container, String nameOrNumber) {
        if (nameOrNumber.matches("\\d+")) {
            return Integer.valueOf(nameOrNumber);
        }
        for (JsonNode port : container.path("ports")) {
            if (nameOrNumber.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        return null;
    }

    private static Workload.Probe probe(JsonNode container, String kind) {
        JsonNode get = container.path(kind).path("httpGet");
        return get.isMissingNode() ? null
                : new Workload.Probe(get.path("path").asText(), port(container, get.path("port").asText()));
    }
}
