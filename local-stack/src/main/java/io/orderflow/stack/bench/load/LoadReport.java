package io.orderflow.stack.bench.load;

import io.orderflow.stack.bench.OutboxLatencyBenchmark;
import java.util.List;
import java.util.Map;

/**
 * Everything a run measured, as written to {@code report.json}: the phases, the memory of every process at the end,
 * the database bound with the ratio of the best system throughput to it, the outbox latency, and the targets.
 */
record LoadReport(String startedAt, List<String> arguments, Map<String, String> options, String host,
                  int customers, List<String> skus, int tokenRefreshes, List<PhaseResult> phases,
                  Map<String, StackProcesses.Memory> memoryAtEnd, BoundResult bound,
                  double bestOrdersPerSecond, Double systemToBound, OutboxLatencyBenchmark.Result outbox,
                  List<Targets.Check> targets) {

    static double best(List<PhaseResult> phases) {
        return phases.stream().mapToDouble(PhaseResult::completedPerSecond).max().orElse(0);
    }
}
