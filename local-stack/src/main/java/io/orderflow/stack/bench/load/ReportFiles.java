package io.orderflow.stack.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Writes a run's report: {@code report.html}, {@code report.json}, {@code phases.csv} and {@code timeline.csv}. */
final class ReportFiles {

    private ReportFiles() {
    }

    static void write(LoadReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("report.json").toFile(),
                report);
        Files.writeString(dir.resolve("phases.csv"), phasesCsv(report.phases()));
        Files.writeString(dir.resolve("timeline.csv"), timelineCsv(report.phases()));
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(report));
    }

    static String phasesCsv(List<PhaseResult> phases) {
        TreeSet<String> processes = new TreeSet<>();
        TreeSet<String> databases = new TreeSet<>();
        phases.forEach(p -> {
            processes.addAll(p.cpuMsPerOrder().keySet());
            databases.addAll(p.transactionsPerOrder().keySet());
        });
        List<String> header = new ArrayList<>(List.of("phase", "kind", "target", "seconds", "completed",
                "orders_per_s", "p50_ms", "p95_ms", "p99_ms", "max_ms", "errors"));
        processes.forEach(p -> header.add("cpu_ms_per_order:" + p));
        databases.forEach(d -> header.add("transactions_per_order:" + d));
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (PhaseResult p : phases) {
            List<String> row = new ArrayList<>(List.of(p.name(), p.kind(), num(p.target()), num(p.seconds()),
                    Long.toString(p.completed()), num(p.completedPerSecond()), num(p.p50Ms()), num(p.p95Ms()),
                    num(p.p99Ms()), num(p.maxMs()), Long.toString(p.errors())));
            processes.forEach(name -> row.add(num(p.cpuMsPerOrder().get(name))));
            databases.forEach(db -> row.add(num(p.transactionsPerOrder().get(db))));
            csv.append(String.join(",", row)).append('\n');
        }
        return csv.toString();
    }

    static String timelineCsv(List<PhaseResult> phases) {
        StringBuilder csv = new StringBuilder("phase,second,completed,p50_ms,p99_ms,max_ms\n");
        for (PhaseResult p : phases) {
            for (PhaseResult.Second s : p.timeline()) {
                csv.append(String.join(",", p.name(), Integer.toString(s.second()), Long.toString(s.completed()),
                        num(s.p50Ms()), num(s.p99Ms()), num(s.maxMs()))).append('\n');
            }
        }
        return csv.toString();
    }

    private static String num(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.3f", value);
    }
}
