package io.orderflow.stack.bench.load;

import io.orderflow.stack.StartupTimes;
import io.orderflow.stack.bench.OutboxLatencyBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The performance targets (issue 12), each with what this run measured and whether it was met. A target this run
 * did not measure (no 50/s phase, no bound, no outbox measurement, no recorded start) says so instead of a verdict.
 */
public final class Targets {

    static final List<String> SERVICES = List.of("api-gateway", "order-service", "inventory-service",
            "payment-fulfillment-service");
    static final double MIN_SHARE_OF_BOUND = 0.5;
    static final int RATE_FOR_LATENCY = 50;
    static final double MAX_P99_MS = 100;
    static final double MAX_CPU_MS_PER_ORDER = 12;
    static final double MAX_OUTBOX_P99_MS = 50;
    static final long MAX_RSS_MB = 200;
    /** Issue 12's bound on a service's launch-to-ready time (also printed by the start-up benchmark). */
    public static final double MAX_READY_SECONDS = 5;
    static final double MAX_STACK_UP_SECONDS = 20;

    /** One target: met is null when this run did not measure it. */
    record Check(String target, String measured, Boolean met) {

        String verdict() {
            return met == null ? "not measured" : met ? "met" : "MISSED";
        }
    }

    /** What a run measured, for the checks. */
    record Measured(List<PhaseResult> phases, BoundResult bound, Map<String, StackProcesses.Memory> memory,
                    Properties startup, OutboxLatencyBenchmark.Result outbox) {
    }

    private Targets() {
    }

    static List<Check> check(Measured m) {
        List<Check> checks = new ArrayList<>();
        checks.add(throughput(m));
        checks.add(latencyAt50(m.phases()));
        checks.add(cpuPerOrder(m.phases()));
        checks.add(outbox(m.outbox()));
        checks.add(memory(m.memory()));
        checks.add(ready(m.startup()));
        checks.add(stackUp(m.startup()));
        return checks;
    }

    private static Check throughput(Measured m) {
        String target = "maximum throughput >= " + MIN_SHARE_OF_BOUND + " x the database bound";
        double best = LoadReport.best(m.phases());
        if (m.bound() == null) {
            return new Check(target, f("%.1f orders/s; no bound measured (--pgbench-seconds=0)", best), null);
        }
        double share = best / m.bound().ordersPerSecond();
        return new Check(target, f("%.1f / %.1f orders/s = %.2f", best, m.bound().ordersPerSecond(), share),
                share >= MIN_SHARE_OF_BOUND);
    }

    private static Check latencyAt50(List<PhaseResult> phases) {
        String target = "at " + RATE_FOR_LATENCY + " orders/s offered: p99 < " + (int) MAX_P99_MS + " ms, 0 errors";
        return phases.stream().filter(p -> p.kind().equals("open") && p.target() == RATE_FOR_LATENCY).findFirst()
                .map(p -> new Check(target, f("%.1f completed/s, p99 %.1f ms, %d errors", p.completedPerSecond(),
                        p.p99Ms(), p.errors()), p.p99Ms() < MAX_P99_MS && p.errors() == 0))
                .orElse(new Check(target, "no open loop at " + RATE_FOR_LATENCY + "/s in --rates", null));
    }

    /** At the phase of maximum throughput, over every process of the stack (not the load generator). */
    private static Check cpuPerOrder(List<PhaseResult> phases) {
        String target = "CPU per completed order <= " + (int) MAX_CPU_MS_PER_ORDER + " ms, all processes";
        return phases.stream().filter(p -> !p.kind().equals("idle") && p.completed() > 0)
                .filter(p -> !p.cpuMsPerOrder().isEmpty())
                .max((a, b) -> Double.compare(a.completedPerSecond(), b.completedPerSecond()))
                .map(p -> {
                    double total = systemCpuMsPerOrder(p);
                    return new Check(target, f("%.1f ms at %s (load generator and steal not counted)", total, p.name()),
                            total <= MAX_CPU_MS_PER_ORDER);
                })
                .orElse(new Check(target, "no phase completed an order with its CPU measured", null));
    }

    static double systemCpuMsPerOrder(PhaseResult p) {
        return p.cpuMsPerOrder().entrySet().stream().filter(e -> !e.getKey().equals(StackProcesses.LOAD_GENERATOR))
                .filter(e -> !e.getKey().equals(StackProcesses.STEAL))
                .filter(e -> e.getValue() != null).mapToDouble(Map.Entry::getValue).sum();
    }

    private static Check outbox(OutboxLatencyBenchmark.Result r) {
        String target = "outbox commit -> Kafka p99 < " + (int) MAX_OUTBOX_P99_MS + " ms at 500 events/s";
        if (r == null) {
            return new Check(target, "not measured (--outbox-events=0)", null);
        }
        return new Check(target, f("%s relay: p99 %.1f ms at %d/s, %d of %d received", r.relayMode(), r.p99Ms(),
                r.rate(), r.received(), r.count()), r.complete() && r.rate() >= 500 && r.p99Ms() < MAX_OUTBOX_P99_MS);
    }

    private static Check memory(Map<String, StackProcesses.Memory> memory) {
        String target = "each service's RSS < " + MAX_RSS_MB + " MB under load (peak)";
        List<String> figures = new ArrayList<>();
        boolean all = true;
        for (String service : SERVICES) {
            StackProcesses.Memory m = memory.get(service);
            if (m != null) {
                long mb = m.peakRssKb() / 1024;
                figures.add(service + " " + mb);
                all &= mb < MAX_RSS_MB;
            }
        }
        return figures.isEmpty() ? new Check(target, "no service process found", null)
                : new Check(target, String.join(", ", figures) + " MB", all);
    }

    private static Check ready(Properties startup) {
        String target = "each service ready in < " + (int) MAX_READY_SECONDS + " s";
        List<String> figures = new ArrayList<>();
        boolean all = true;
        for (String service : SERVICES) {
            String seconds = startup.getProperty(StartupTimes.READY_PREFIX + service);
            if (seconds != null) {
                figures.add(service + " " + seconds);
                all &= Double.parseDouble(seconds) < MAX_READY_SECONDS;
            }
        }
        return figures.isEmpty() ? new Check(target, "no " + StartupTimes.FILE + " in the data directory", null)
                : new Check(target, String.join(", ", figures) + " s (all starting at once)", all);
    }

    private static Check stackUp(Properties startup) {
        String target = "the whole stack up in < " + (int) MAX_STACK_UP_SECONDS + " s";
        String seconds = startup.getProperty(StartupTimes.STACK_UP);
        return seconds == null ? new Check(target, "no " + StartupTimes.FILE + " in the data directory", null)
                : new Check(target, seconds + " s", Double.parseDouble(seconds) < MAX_STACK_UP_SECONDS);
    }

    static String console(List<Check> checks) {
        StringBuilder s = new StringBuilder("targets:\n");
        checks.forEach(c -> s.append(String.format("  %-13s %-58s %s%n", c.verdict(), c.target(), c.measured())));
        return s.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
