package io.orderflow.stack.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** The figures of one phase, as reported: throughput, latency, outcomes, CPU and transactions per order. */
record PhaseResult(String name, String kind, double target, double seconds, long completed,
                   double completedPerSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                   Map<String, Long> outcomes, Map<String, List<String>> outcomeExamples,
                   Map<String, Double> cpuSeconds, Map<String, Double> cpuMsPerOrder, Map<String, Long> transactions,
                   Map<String, Double> transactionsPerOrder, List<Second> timeline) {

    /** One second of the phase: orders completed in it and their latency. */
    record Second(int second, long completed, double p50Ms, double p99Ms, double maxMs) {
    }

    static PhaseResult of(String name, String kind, double target, PhaseRecorder recorder, Snapshot before,
                          Snapshot cpuAfter, Snapshot transactionsAfter) {
        Histogram h = recorder.all();
        long completed = h.getTotalCount();
        double seconds = (cpuAfter.nanos() - before.nanos()) / 1e9;
        Map<String, Double> cpu = new TreeMap<>();
        Map<String, Double> cpuPerOrder = new TreeMap<>();
        cpuAfter.cpuTicks().forEach((process, ticks) -> {
            double used = (double) (ticks - before.cpuTicks().getOrDefault(process, ticks)) / ProcFs.TICKS_PER_SECOND;
            cpu.put(process, used);
            cpuPerOrder.put(process, completed == 0 ? null : used * 1000 / completed);
        });
        Map<String, Long> transactions = new TreeMap<>();
        Map<String, Double> perOrder = new TreeMap<>();
        transactionsAfter.transactions().forEach((db, count) -> {
            long delta = count - before.transactions().getOrDefault(db, count);
            transactions.put(db, delta);
            perOrder.put(db, completed == 0 ? null : (double) delta / completed);
        });
        return new PhaseResult(name, kind, target, seconds, completed, completed / seconds, ms(h, 50), ms(h, 95),
                ms(h, 99), completed == 0 ? 0 : h.getMaxValue() / 1000.0, recorder.outcomes(), recorder.examples(), cpu,
                cpuPerOrder, transactions, perOrder, timeline(recorder));
    }

    private static List<Second> timeline(PhaseRecorder recorder) {
        List<Second> seconds = new ArrayList<>();
        TreeMap<Integer, Histogram> perSecond = recorder.perSecond();
        int last = perSecond.isEmpty() ? -1 : perSecond.lastKey();
        for (int s = 0; s <= last; s++) {
            Histogram h = perSecond.get(s);
            seconds.add(h == null ? new Second(s, 0, 0, 0, 0)
                    : new Second(s, h.getTotalCount(), ms(h, 50), ms(h, 99), h.getMaxValue() / 1000.0));
        }
        return seconds;
    }

    static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    long errors() {
        return outcomes.entrySet().stream().filter(e -> !e.getKey().equals("201")).mapToLong(Map.Entry::getValue)
                .sum();
    }
}
