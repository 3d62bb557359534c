package io.orderflow.stack.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report as one self-contained HTML page: tables of the figures and inline SVG plots over time. */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(LoadReport r) {
        List<PhaseResult> loaded = r.phases().stream().filter(p -> !p.kind().equals("idle")).toList();
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>orderflow load "
                + "test " + Html.escape(r.startedAt()) + "</title><style>body{font-family:sans-serif;margin:2em;"
                + "max-width:1100px}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;"
                + "padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}"
                + "code{background:#f4f4f4}</style></head><body>");
        h.append("<h1>orderflow load test</h1><p>Started ").append(Html.escape(r.startedAt())).append(" on ")
                .append(Html.escape(r.host())).append(". Command: <code>bin/load-test ")
                .append(Html.escape(String.join(" ", r.arguments()))).append("</code>. ").append(r.customers())
                .append(" customers, ").append(r.skus().size()).append(" SKUs, ").append(r.tokenRefreshes())
                .append(" token refreshes.</p>");
        h.append("<h2>Targets</h2>").append(Html.table(List.of("target", "measured", "verdict"), r.targets().stream()
                .map(c -> List.of(c.target(), c.measured(), c.verdict())).toList()));
        h.append("<h2>Throughput and latency</h2>").append(summary(r.phases()));
        h.append("<p>Open loop: latency from each order's intended start (no coordinated omission). Closed loop: "
                + "latency from send. Only 201 counts as completed.</p>");
        h.append("<h2>Over time</h2>").append(throughputChart(loaded)).append(latencyChart(loaded));
        h.append("<h2>CPU milliseconds per completed order</h2>")
                .append(Html.matrix("process", loaded, PhaseResult::cpuMsPerOrder));
        h.append("<h2>CPU seconds used in each phase</h2>")
                .append(Html.matrix("process", r.phases(), PhaseResult::cpuSeconds));
        h.append("<h2>Transactions per completed order</h2>")
                .append(Html.matrix("database", loaded, PhaseResult::transactionsPerOrder));
        h.append("<h2>Transactions in each phase</h2>").append(Html.matrix("database", r.phases(), p -> {
            Map<String, Double> counts = new java.util.TreeMap<>();
            p.transactions().forEach((db, n) -> counts.put(db, n.doubleValue()));
            return counts;
        }));
        h.append("<h2>Memory at the end</h2>").append(memory(r.memoryAtEnd()));
        if (r.bound() != null) {
            h.append("<h2>Database bound (pgbench)</h2>").append(bound(r));
        }
        if (r.outbox() != null) {
            h.append("<h2>Outbox commit to Kafka record</h2><pre>").append(Html.escape(r.outbox().toString()))
                    .append("</pre>");
        }
        return h.append("</body></html>").toString();
    }

    private static String summary(List<PhaseResult> phases) {
        List<List<String>> rows = phases.stream().map(p -> List.of(p.name(), Html.number(p.seconds()),
                Long.toString(p.completed()), Html.number(p.completedPerSecond()), Html.number(p.p50Ms()),
                Html.number(p.p95Ms()), Html.number(p.p99Ms()), Html.number(p.maxMs()), p.outcomes().toString()))
                .toList();
        return Html.table(List.of("phase", "s", "completed", "orders/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "answers by status"), rows);
    }

    private static String throughputChart(List<PhaseResult> phases) {
        List<Double> values = new ArrayList<>();
        phases.forEach(p -> p.timeline().forEach(s -> values.add((double) s.completed())));
        return SvgChart.draw("completed orders/s", List.of(new SvgChart.Series("orders completed per second",
                "#1f77b4", toArray(values))), bands(phases), false);
    }

    private static String latencyChart(List<PhaseResult> phases) {
        List<Double> p50 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        phases.forEach(p -> p.timeline().forEach(s -> {
            p50.add(s.p50Ms());
            p99.add(s.p99Ms());
            max.add(s.maxMs());
        }));
        return SvgChart.draw("latency ms (log)", List.of(new SvgChart.Series("p50", "#2ca02c", toArray(p50)),
                new SvgChart.Series("p99", "#ff7f0e", toArray(p99)),
                new SvgChart.Series("max", "#d62728", toArray(max))), bands(phases), true);
    }

    private static List<SvgChart.Band> bands(List<PhaseResult> phases) {
        List<SvgChart.Band> bands = new ArrayList<>();
        int x = 0;
        for (PhaseResult p : phases) {
            bands.add(new SvgChart.Band(p.name(), x, x + p.timeline().size()));
            x += p.timeline().size();
        }
        return bands;
    }

    private static String memory(Map<String, StackProcesses.Memory> memory) {
        List<List<String>> rows = new ArrayList<>();
        memory.forEach((name, m) -> rows.add(List.of(name, Long.toString(m.processes()),
                Long.toString(m.rssKb() / 1024), Long.toString(m.peakRssKb() / 1024), Long.toString(m.pssKb() / 1024))));
        return Html.table(List.of("process", "processes", "RSS MB", "peak RSS MB", "PSS MB"), rows)
                + "<p>PostgreSQL: summed over the postmaster and every process below it; RSS counts shared buffers "
                + "once per process, PSS shares them out.</p>";
    }

    private static String bound(LoadReport r) {
        BoundResult b = r.bound();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < b.alone().size(); i++) {
            Pgbench.Run alone = b.alone().get(i);
            Pgbench.Run together = b.together().get(i);
            rows.add(List.of(alone.database(), Html.number(alone.scriptsPerSecond()),
                    Html.number(together.scriptsPerSecond())));
        }
        return Html.table(List.of("database script", "alone scripts/s", "together scripts/s"), rows)
                + String.format("<p>%d clients per database. Combined from the runs alone (1/&Sigma;1/rate): %s "
                        + "orders/s. Together, %d orders' writes in %.1f s: <b>%s orders/s</b> (the bound). Best system "
                        + "throughput %s orders/s; <b>system / bound = %s</b>.</p>", b.clients(),
                Html.number(b.harmonicOrdersPerSecond()), b.orders(), b.togetherSeconds(),
                Html.number(b.ordersPerSecond()), Html.number(r.bestOrdersPerSecond()), Html.number(r.systemToBound()))
                + "<p>PostgreSQL CPU ms per order at the bound: "
                + Html.escape(ConsoleSummary.figures(b.cpuMsPerOrder())) + "</p>";
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
