package io.orderflow.stack.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.stack.bench.OutboxLatencyBenchmark;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000_000_000;

    @Test
    void eachTargetIsJudgedOnWhatTheRunMeasured() {
        PhaseResult at50 = phase("open loop 50/s", "open", 50, 200, 80 * MS, Map.of("order-service", 400L,
                "load-generator", 1_000L));
        PhaseResult closed = phase("closed loop 32 clients", "closed", 32, 240, 900 * MS, Map.of("order-service",
                480L, "postgresql", 240L, "load-generator", 1_000L, "cpu-steal", 500L));
        Properties startup = new Properties();
        startup.setProperty("stack.up.seconds", "18.2");
        startup.setProperty("ready.seconds.order-service", "4.1");
        startup.setProperty("ready.seconds.api-gateway", "6.0");
        Map<String, StackProcesses.Memory> memory = Map.of("order-service", new StackProcesses.Memory(150_000,
                190_000, 140_000, 1), "api-gateway", new StackProcesses.Memory(150_000, 210_000, 140_000, 1));
        BoundResult bound = new BoundResult(8, 2, 20, List.of(), 0, List.of(), 0, 0, 100, Map.of());
        OutboxLatencyBenchmark.Result outbox = new OutboxLatencyBenchmark.Result("polling", 2000, 500, 4.2, 2000,
                10, 20, 30, 40);

        List<Targets.Check> checks = Targets.check(new Targets.Measured(List.of(at50, closed), bound, memory,
                startup, outbox));

        assertThat(checks).extracting(Targets.Check::verdict)
                .containsExactly("met", "met", "MISSED", "met", "MISSED", "MISSED", "met");
        assertThat(checks.get(0).measured()).isEqualTo("60.0 / 100.0 orders/s = 0.60");
        // 720 CPU ticks (7.2 s) over 240 orders; the load generator's own 10 s and the stolen 5 s are left out
        assertThat(checks.get(2).measured()).startsWith("30.0 ms at closed loop 32 clients");
        assertThat(checks.get(4).measured()).isEqualTo("api-gateway 205, order-service 185 MB");
    }

    @Test
    void whatTheRunDidNotMeasureGetsNoVerdict() {
        PhaseResult closed = phase("closed loop 16 clients", "closed", 16, 100, 500 * MS, Map.of());
        OutboxLatencyBenchmark.Result halfArrived = new OutboxLatencyBenchmark.Result("debezium", 2000, 500, 60, 900,
                10, 20, 30, 40);

        List<Targets.Check> checks = Targets.check(new Targets.Measured(List.of(closed), null, Map.of(),
                new Properties(), halfArrived));

        assertThat(checks).extracting(Targets.Check::verdict)
                .containsExactly("not measured", "not measured", "not measured", "MISSED", "not measured", "not measured",
                        "not measured");
    }

    /** A phase of four seconds in which {@code orders} orders completed with the given latency. */
    private static PhaseResult phase(String name, String kind, int target, int orders, long latencyNanos,
                                     Map<String, Long> cpuTicks) {
        PhaseRecorder recorder = new PhaseRecorder(0);
        for (int i = 0; i < orders; i++) {
            recorder.record("201", true, latencyNanos, i * (4 * SECOND / orders));
        }
        Map<String, Long> zero = new java.util.HashMap<>();
        cpuTicks.keySet().forEach(k -> zero.put(k, 0L));
        Snapshot before = new Snapshot(0, zero, Map.of());
        Snapshot after = new Snapshot(4 * SECOND, cpuTicks, Map.of());
        return PhaseResult.of(name, kind, target, recorder, before, after, after);
    }
}
