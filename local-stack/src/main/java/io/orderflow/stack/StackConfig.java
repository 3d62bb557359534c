package io.orderflow.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the stack keeps its data and which ports it uses. Defaults avoid the standard ports
 * (5432, 9092, 8080) so the stack runs beside a system PostgreSQL or Kafka.
 */
public record StackConfig(Path root, Path dataDir, boolean fresh, Map<String, Integer> ports, int orderReplicas,
                          int gatewayOrderCopies) {

    /** The most order-service copies the stack runs (ports order, order-2 … order-4). */
    public static final int MAX_ORDER_COPIES = 4;

    /** With the gateway routing to the first copy only (the others compete in recovery). */
    public StackConfig(Path root, Path dataDir, boolean fresh, Map<String, Integer> ports, int orderReplicas) {
        this(root, dataDir, fresh, ports, orderReplicas, 1);
    }

    public StackConfig(Path root, Path dataDir, boolean fresh, Map<String, Integer> ports) {
        this(root, dataDir, fresh, ports, 1);
    }

    public static final Map<String, Integer> DEFAULT_PORTS = defaults();

    private static Map<String, Integer> defaults() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("postgres", 15432);
        ports.put("kafka", 19092);
        ports.put("kafka-controller", 19093);
        ports.put("relay", 18090);
        ports.put("gateway", 18080);
        ports.put("order", 18081);
        ports.put("order-2", 18085);
        ports.put("order-3", 18086);
        ports.put("order-4", 18087);
        ports.put("inventory", 18082);
        ports.put("payment", 18083);
        ports.put("payment-provider", 18084);
        ports.put("smtp", 13025);
        ports.put("imap", 13143);
        ports.put("zipkin", 19411);
        return Map.copyOf(ports);
    }

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port named " + name + "; known: " + ports.keySet());
        }
        return port;
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /**
     * Reads {@code --fresh}, {@code --two-order-services} (a second order-service copy on port
     * {@code order-2}, sharing the orders database; the gateway keeps routing to the first, the second competes
     * in recovery), {@code --order-services=N} (N copies, 1 to 4, the gateway taking them in turn),
     * {@code --data-dir=DIR} and {@code --port.NAME=N}; each port may also be set by an
     * {@code ORDERFLOW_PORT_NAME} environment variable.
     */
    public static StackConfig parse(Path root, String[] args, Map<String, String> env) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        DEFAULT_PORTS.forEach((name, port) -> {
            String fromEnv = env.get("ORDERFLOW_PORT_" + name.toUpperCase().replace('-', '_'));
            ports.put(name, fromEnv == null ? port : Integer.parseInt(fromEnv));
        });
        Path dataDir = root.resolve(".stack-data");
        boolean fresh = false;
        int orderReplicas = 1;
        int gatewayOrderCopies = 1;
        for (String arg : args) {
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--two-order-services")) {
                orderReplicas = 2;
            } else if (arg.startsWith("--order-services=")) {
                orderReplicas = orderCopies(arg.substring("--order-services=".length()));
                gatewayOrderCopies = orderReplicas;
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length())).toAbsolutePath();
            } else if (arg.startsWith("--port.") && arg.contains("=")) {
                String name = arg.substring("--port.".length(), arg.indexOf('='));
                if (!ports.containsKey(name)) {
                    throw new IllegalArgumentException("unknown port " + name + "; known: " + ports.keySet());
                }
                ports.put(name, Integer.parseInt(arg.substring(arg.indexOf('=') + 1)));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + "; use --fresh, --two-order-services, --order-services=N, --data-dir=DIR or --port.NAME=N");
            }
        }
        return new StackConfig(root, dataDir, fresh, Map.copyOf(ports), orderReplicas, gatewayOrderCopies);
    }

    private static int orderCopies(String value) {
        try {
            int copies = Integer.parseInt(value);
            if (copies >= 1 && copies <= MAX_ORDER_COPIES) {
                return copies;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--order-services takes 1 to " + MAX_ORDER_COPIES + ", not " + value);
    }
}
