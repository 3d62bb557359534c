package io.orderflow.stack.deploy;

import java.util.Map;

/**
 * One container of a rendered deployment, as far as the checks need it: its environment (a Secret's key shows as
 * {@code <secret:KEY>}), the port it serves HTTP on, its readiness and liveness checks and its pod labels.
 */
record Workload(String name, Map<String, String> env, Integer httpPort, Probe readiness, Probe liveness,
                Map<String, String> labels) {

    /** An HTTP check: path and port (null when the deployment has none of this kind). */
    record Probe(String path, Integer port) {
    }
}
