package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Profiles the stack's Java processes through one phase: a JFR recording of each (settings "default", a sample
 * every 20 ms, which costs far less than "profile"; started and stopped with jcmd, so the processes need no option
 * of their own) becomes a flame graph, a share of samples by library, and the CPU of each thread group
 * (application threads, JIT compiler, GC, Kafka, ...) from /proc.
 */
final class Profiler {

    private static final String RECORDING = "load-test";

    private final StackProcesses processes;
    private final Path out;
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    Profiler(StackProcesses processes, Path out) {
        this.processes = processes;
        this.out = out;
    }

    /** What was running when the profile started. */
    record Session(Map<String, Long> pids, Map<String, Map<String, Long>> threadsBefore) {
    }

    Session start() throws IOException, InterruptedException {
        Files.createDirectories(out);
        Map<String, Long> pids = javaProcesses();
        Map<String, Map<String, Long>> before = new TreeMap<>();
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            jcmd(p.getValue(), "JFR.start", "name=" + RECORDING, "settings=default");
            before.put(p.getKey(), ThreadGroups.ticks(p.getValue()));
        }
        return new Session(pids, before);
    }

    /** Stops the recordings and writes {@code flame-<process>.svg} and {@code profile.txt}; returns that text. */
    String stop(Session session, double completedOrders) throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder("CPU ms per completed order by thread group, and CPU samples by library"
                + " (JFR), per Java process:\n");
        for (Map.Entry<String, Long> p : session.pids().entrySet()) {
            Map<String, Long> after = ThreadGroups.ticks(p.getValue());
            Path jfr = out.resolve(p.getKey() + ".jfr");
            jcmd(p.getValue(), "JFR.stop", "name=" + RECORDING, "filename=" + jfr);
            text.append(threads(p.getKey(), session.threadsBefore().get(p.getKey()), after, completedOrders));
            if (Files.exists(jfr)) {
                FlameGraph graph = FlameGraph.of(jfr);
                Files.writeString(out.resolve("flame-" + p.getKey() + ".svg"), graph.svg(p.getKey()));
                text.append("    samples by library:");
                graph.libraries().stream().limit(8).forEach(l -> text.append(String.format(" %s %.0f %%,",
                        l.getKey(), 100 * l.getValue())));
                text.setLength(text.length() - 1);
                text.append("\n");
            }
        }
        Files.writeString(out.resolve("profile.txt"), text);
        return text.toString();
    }

    private static String threads(String process, Map<String, Long> before, Map<String, Long> after, double orders) {
        Map<String, Double> ms = new TreeMap<>();
        after.forEach((group, ticks) -> {
            double used = (ticks - before.getOrDefault(group, 0L)) * 1000.0 / ProcFs.TICKS_PER_SECOND / orders;
            if (used >= 0.01) {
                ms.put(group, used);
            }
        });
        StringBuilder s = new StringBuilder(String.format("  %-28s %6.2f ms:", process,
                ms.values().stream().mapToDouble(Double::doubleValue).sum()));
        ms.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                .forEach(e -> s.append(String.format(" %s %.2f,", e.getKey(), e.getValue())));
        s.setLength(s.length() - 1);
        return s.append("\n").toString();
    }

    /** The stack's JVMs: every process in pids/ whose executable is java. */
    private Map<String, Long> javaProcesses() {
        Map<String, Long> java = new TreeMap<>();
        processes.pids().forEach((name, pid) -> {
            boolean isJava = ProcessHandle.of(pid).flatMap(h -> h.info().command())
                    .map(c -> c.endsWith("/java")).orElse(false);
            if (isJava && !name.equals(StackProcesses.LOAD_GENERATOR) && !name.equals(StackProcesses.LAUNCHER)) {
                java.put(name, pid);
            }
        });
        return java;
    }

    private void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }
}
