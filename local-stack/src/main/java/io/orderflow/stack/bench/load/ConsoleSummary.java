package io.orderflow.stack.bench.load;

import java.util.Map;
import java.util.stream.Collectors;

/** The figures of a run as lines of text, for the terminal. */
final class ConsoleSummary {

    private ConsoleSummary() {
    }

    static String line(PhaseResult r) {
        return String.format("  %-24s %7.1f orders/s  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  outcomes %s%n"
                        + "  %-24s CPU ms/order %s%n  %-24s transactions/order %s", r.name(), r.completedPerSecond(),
                r.p50Ms(), r.p95Ms(), r.p99Ms(), r.maxMs(), r.outcomes(), "", figures(r.cpuMsPerOrder()), "",
                figures(r.transactionsPerOrder())) + examples(r);
    }

    /** What the first answers other than 201 said, so the orders behind them can be found in the logs. */
    private static String examples(PhaseResult r) {
        StringBuilder s = new StringBuilder();
        r.outcomeExamples().forEach((outcome, said) -> said.forEach(text -> s.append(String.format("%n  %-24s %s: %s",
                "", outcome, text.replaceAll("\\s+", " ")))));
        return s.toString();
    }

    static String bound(BoundResult b, double bestOrdersPerSecond) {
        StringBuilder s = new StringBuilder("database bound (pgbench, " + b.clients() + " clients per database):\n");
        b.alone().forEach(run -> s.append(String.format("  %-10s alone     %8.1f scripts/s%n", run.database(),
                run.scriptsPerSecond())));
        s.append(String.format("  combined as 1/sum(1/rate): %.1f orders/s%n", b.harmonicOrdersPerSecond()));
        s.append(String.format("  together: %d orders' writes in %.1f s = %.1f orders/s (the bound)%n", b.orders(),
                b.togetherSeconds(), b.ordersPerSecond()));
        s.append(String.format("  system %.1f orders/s / bound %.1f orders/s = %.3f%n", bestOrdersPerSecond,
                b.ordersPerSecond(), bestOrdersPerSecond / b.ordersPerSecond()));
        return s.toString();
    }

    static String figures(Map<String, Double> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> String.format("%s=%.2f", e.getKey(), e.getValue())).collect(Collectors.joining(" "));
    }

    /** RSS and peak RSS of every process at the end of the phases, in MB. */
    static String memory(Map<String, StackProcesses.Memory> memory) {
        StringBuilder s = new StringBuilder("memory at the end (RSS / peak RSS, MB):");
        memory.forEach((name, m) -> s.append(String.format(" %s %d / %d,", name, m.rssKb() / 1024,
                m.peakRssKb() / 1024)));
        s.setLength(s.length() - 1);
        return s.append("\n").toString();
    }
}
