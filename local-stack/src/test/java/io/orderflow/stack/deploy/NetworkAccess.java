package io.orderflow.stack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Whether the NetworkPolicies of a rendering let one pod reach a port of another (ingress rules only). */
final class NetworkAccess {

    private NetworkAccess() {
    }

    static boolean allows(KubernetesModel k8s, Map<String, String> from, Map<String, String> to, int port) {
        return k8s.ofKind("NetworkPolicy")
                .filter(policy -> selects(policy.path("spec").path("podSelector"), to))
                .flatMap(policy -> stream(policy.path("spec").path("ingress")))
                .anyMatch(rule -> portMatches(rule.path("ports"), port) && peerMatches(rule.path("from"), from));
    }

    /** A rule with no "from" admits every source, also outside the cluster. */
    static boolean openToAll(JsonNode rule) {
        return rule.path("from").isMissingNode() || rule.path("from").isEmpty();
    }

    static boolean selects(JsonNode selector, Map<String, String> labels) {
        for (var expected : iterable(selector.path("matchLabels"))) {
            if (!expected.getValue().asText().equals(labels.get(expected.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            boolean listed = value != null && stream(expression.path("values")).anyMatch(v -> v.asText().equals(value));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> listed;
                case "NotIn" -> !listed;
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean portMatches(JsonNode ports, int port) {
        return ports.isMissingNode() || ports.isEmpty() || stream(ports).anyMatch(p -> p.path("port").asInt() == port);
    }

    private static boolean peerMatches(JsonNode peers, Map<String, String> from) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        return stream(peers).anyMatch(peer -> peer.has("podSelector")
                ? selects(peer.path("podSelector"), from)
                : peer.has("namespaceSelector") && peer.path("namespaceSelector").isEmpty());
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
