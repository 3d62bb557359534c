package io.orderflow.system;

import io.orderflow.infra.Ports;
import io.orderflow.stack.Stack;
import io.orderflow.stack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole stack, started once per test JVM exactly as {@code ./stack} starts it, on free ports
 * and in a fresh data directory.
 */
final class RunningStack {

    /**
     * The chaos profile arms the fault points (no deployment uses it); a short reservation TTL (20 s: longer than
     * a killed service takes to restart on a busy 2-core machine, so a crash test is not decided by the TTL) and
     * a quick recovery and a quick end to payments the provider never charged, so tests wait seconds,
     * not minutes.
     */
    /** S1's wait for S3; a stall longer than this leaves the payment in doubt. */
    static final int PAYMENT_READ_TIMEOUT_MS = 5_000;

    static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            // Every test user calls from one address and polls; the gateway's own tests cover the limits.
            Map.entry("GATEWAY_LIMIT_PER_ADDRESS", "1000000"),
            Map.entry("GATEWAY_LIMIT_PER_USER", "1000000"),
            Map.entry("GATEWAY_LIMIT_LOGINS_PER_ADDRESS", "1000000"),
            Map.entry("QUARKUS_PROFILE", "chaos"),
            Map.entry("INVENTORY_RESERVATION_TTL", "20s"),
            Map.entry("INVENTORY_SWEEP_INTERVAL", "1s"),
            Map.entry("ORDER_RECOVERY_INTERVAL", "1s"),
            Map.entry("ORDER_RECOVERY_STALE_AFTER", "3s"),
            Map.entry("ORDER_RECOVERY_BASE_BACKOFF", "500ms"),
            Map.entry("ORDER_RECOVERY_MAX_BACKOFF", "5s"),
            // Longer than S3's longest provider call (6 s), so no charge can land on a voided payment.
            Map.entry("PAYMENTS_VOID_PENDING_AFTER", "8s"),
            Map.entry("PAYMENT_READ_TIMEOUT_MS", Integer.toString(PAYMENT_READ_TIMEOUT_MS)));

    private static Stack stack;

    private RunningStack() {
    }

    static synchronized Stack get() {
        if (stack == null) {
            stack = start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-test-stack-shutdown"));
        }
        return stack;
    }

    private static Stack start() {
        try {
            Path root = Path.of(System.getProperty("orderflow.root", "..")).toAbsolutePath().normalize();
            Path dataDir = Files.createTempDirectory("orderflow-system-test");
            Map<String, Integer> ports = new HashMap<>();
            StackConfig.DEFAULT_PORTS.keySet().forEach(name -> ports.put(name, Ports.freePort()));
            // -Dstack.orderReplicas=2 runs a second order-service whose recovery worker competes for orders.
            StackConfig config = new StackConfig(root, dataDir, true, Map.copyOf(ports),
                    Integer.getInteger("stack.orderReplicas", 1));
            return Stack.start(config, ENVIRONMENT, line -> System.out.println("[stack] " + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
