package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Measures {@link BoundResult}: the scripts in a directory ({@code <database>.sql}), alone and then together. */
final class DatabaseBound {

    private final Pgbench pgbench;
    private final Path scripts;
    private final StackProcesses processes;

    DatabaseBound(Pgbench pgbench, Path scripts, StackProcesses processes) {
        this.pgbench = pgbench;
        this.scripts = scripts;
        this.processes = processes;
    }

    BoundResult measure(int seconds) throws IOException, InterruptedException {
        Map<String, Path> byDatabase = scripts();
        List<Pgbench.Run> alone = new ArrayList<>();
        double secondsPerOrder = 0;
        for (Map.Entry<String, Path> e : byDatabase.entrySet()) {
            System.out.println("pgbench: " + e.getKey() + " alone for " + seconds + " s");
            Pgbench.Run run = Pgbench.finish(pgbench.start(e.getValue(), e.getKey(), "-T", seconds), e.getKey());
            alone.add(run);
            secondsPerOrder += 1 / run.scriptsPerSecond();
        }
        double harmonic = 1 / secondsPerOrder;
        long perClient = Math.max(1, Math.round(harmonic * seconds / pgbench.clients()));
        System.out.println("pgbench: every database together, " + perClient + " scripts per client");
        Map<String, Long> cpuBefore = processes.cpuTicks();
        long t0 = System.nanoTime();
        Map<String, Process> started = new TreeMap<>();
        for (Map.Entry<String, Path> e : byDatabase.entrySet()) {
            started.put(e.getKey(), pgbench.start(e.getValue(), e.getKey(), "-t", perClient));
        }
        List<Pgbench.Run> together = new ArrayList<>();
        for (Map.Entry<String, Process> e : started.entrySet()) {
            together.add(Pgbench.finish(e.getValue(), e.getKey()));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long orders = perClient * pgbench.clients();
        return new BoundResult(pgbench.clients(), pgbench.jobs(), seconds, alone, harmonic, together, orders, wall,
                orders / wall, cpuMsPerOrder(cpuBefore, processes.cpuTicks(), orders));
    }

    private static Map<String, Double> cpuMsPerOrder(Map<String, Long> before, Map<String, Long> after, long orders) {
        Map<String, Double> perOrder = new TreeMap<>();
        after.forEach((process, ticks) -> perOrder.put(process,
                (ticks - before.getOrDefault(process, ticks)) * 1000.0 / ProcFs.TICKS_PER_SECOND / orders));
        return perOrder;
    }

    private Map<String, Path> scripts() throws IOException {
        Map<String, Path> byDatabase = new TreeMap<>();
        try (Stream<Path> files = Files.list(scripts)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f ->
                    byDatabase.put(f.getFileName().toString().replace(".sql", ""), f));
        }
        if (byDatabase.isEmpty()) {
            throw new IllegalStateException("no <database>.sql pgbench scripts in " + scripts);
        }
        return byDatabase;
    }
}
