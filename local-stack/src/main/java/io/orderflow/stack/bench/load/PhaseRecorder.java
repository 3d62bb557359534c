package io.orderflow.stack.bench.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * What one phase of a load test saw: latency of every successful order (one histogram for the phase and one
 * per second of completion, for the plots) and the count of every outcome by HTTP status.
 */
final class PhaseRecorder {

    /** Latencies are recorded in microseconds, up to ten minutes, to three significant digits. */
    private static final long HIGHEST_MICROS = 600_000_000L;
    private static final int EXAMPLES_PER_OUTCOME = 3;

    private final long startNanos;
    private final Histogram all = histogram();
    private final Map<Integer, Histogram> perSecond = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> examples = new ConcurrentHashMap<>();

    PhaseRecorder(long startNanos) {
        this.startNanos = startNanos;
    }

    /** One answer, and what the first few answers of each kind but 201 said. */
    void record(OrderSender.Answer answer, long latencyNanos, long completedAtNanos) {
        if (!answer.success()) {
            // compute runs atomically per outcome, so concurrent answers cannot push a list past its bound
            examples.compute(answer.outcome(), (k, seen) -> {
                List<String> kept = seen == null ? new CopyOnWriteArrayList<>() : seen;
                if (kept.size() < EXAMPLES_PER_OUTCOME) {
                    kept.add(answer.detail());
                }
                return kept;
            });
        }
        record(answer.outcome(), answer.success(), latencyNanos, completedAtNanos);
    }

    /** One answer: {@code outcome} is the HTTP status, or a name for a failure without one (timeout). */
    void record(String outcome, boolean success, long latencyNanos, long completedAtNanos) {
        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
        if (!success) {
            return;
        }
        long micros = Math.min(Math.max(1, latencyNanos / 1000), HIGHEST_MICROS);
        all.recordValue(micros);
        int second = (int) Math.max(0, (completedAtNanos - startNanos) / 1_000_000_000L);
        perSecond.computeIfAbsent(second, s -> histogram()).recordValue(micros);
    }

    Histogram all() {
        return all;
    }

    /** Per second of the phase (from its start), the latencies of the orders completed in it. */
    TreeMap<Integer, Histogram> perSecond() {
        return new TreeMap<>(perSecond);
    }

    Map<String, Long> outcomes() {
        Map<String, Long> counts = new TreeMap<>();
        outcomes.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }

    /** Per outcome other than 201, what its first answers said (at most three). */
    Map<String, List<String>> examples() {
        Map<String, List<String>> copy = new TreeMap<>();
        examples.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    private static Histogram histogram() {
        return new ConcurrentHistogram(HIGHEST_MICROS, 3);
    }
}
