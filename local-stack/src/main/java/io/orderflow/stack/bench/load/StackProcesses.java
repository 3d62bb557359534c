package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The processes of a running {@code ./stack}, found from its data directory: every child named by a file in
 * {@code pids/}, PostgreSQL as its postmaster with every process below it, and this load generator itself.
 */
final class StackProcesses {

    static final String POSTGRES = "postgresql";
    static final String LOAD_GENERATOR = "load-generator";
    static final String LAUNCHER = "stack-launcher";
    /** Not a process: CPU time the hypervisor gave other machines while this one wanted it ({@code /proc/stat}). */
    static final String STEAL = "cpu-steal";

    /** Memory of one process (or, for PostgreSQL, the sum over its processes), in kB. */
    record Memory(long rssKb, long peakRssKb, long pssKb, int processes) {
    }

    private final Path dataDir;

    StackProcesses(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Name to pid, read now (a restarted process has a new pid). */
    Map<String, Long> pids() {
        Map<String, Long> pids = new TreeMap<>();
        try (Stream<Path> files = Files.list(dataDir.resolve("pids"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                String name = file.getFileName().toString().replace(".pid", "");
                pids.put(name, Long.parseLong(Files.readString(file).trim()));
            }
            long postmaster = postmaster();
            pids.put(POSTGRES, postmaster);
            // ./stack's own JVM: PostgreSQL runs below it, and it stays idle once the stack is up.
            ProcFs.stat(postmaster).ifPresent(s -> pids.put(LAUNCHER, s.ppid()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no running stack found in " + dataDir + " (" + e.getMessage() + ")", e);
        }
        pids.put(LOAD_GENERATOR, ProcessHandle.current().pid());
        return pids;
    }

    /**
     * CPU ticks used so far by each process, and the machine's stolen ticks ({@link #STEAL}: a run with much of it
     * measured a machine that was itself waiting). PostgreSQL's figure is the postmaster's own time, the time of the
     * backends it has already reaped (connections that ended), and the time of every process still below it.
     */
    Map<String, Long> cpuTicks() {
        Map<String, Long> ticks = new TreeMap<>();
        List<ProcFs.Stat> all = ProcFs.all();
        pids().forEach((name, pid) -> {
            if (name.equals(POSTGRES)) {
                ticks.put(name, descendants(pid, all).stream().mapToLong(ProcFs.Stat::ownTicks).sum()
                        + ProcFs.stat(pid).map(ProcFs.Stat::ownAndReapedTicks).orElse(0L));
            } else {
                ticks.put(name, ProcFs.stat(pid).map(ProcFs.Stat::ownTicks).orElse(0L));
            }
        });
        ticks.put(STEAL, ProcFs.stealTicks());
        return ticks;
    }

    Map<String, Memory> memory() {
        Map<String, Memory> memory = new TreeMap<>();
        List<ProcFs.Stat> all = ProcFs.all();
        pids().forEach((name, pid) -> {
            if (name.equals(POSTGRES)) {
                List<Long> group = new java.util.ArrayList<>(descendants(pid, all).stream().map(ProcFs.Stat::pid)
                        .toList());
                group.add(pid);
                memory.put(name, new Memory(sum(group, "VmRSS"), sum(group, "VmHWM"),
                        group.stream().mapToLong(ProcFs::pssKb).sum(), group.size()));
            } else {
                memory.put(name, new Memory(ProcFs.statusKb(pid, "VmRSS"), ProcFs.statusKb(pid, "VmHWM"),
                        ProcFs.pssKb(pid), 1));
            }
        });
        return memory;
    }

    private long postmaster() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private static long sum(List<Long> pids, String field) {
        return pids.stream().mapToLong(pid -> ProcFs.statusKb(pid, field)).sum();
    }

    /** Every process whose chain of parents leads to {@code root}. */
    static List<ProcFs.Stat> descendants(long root, List<ProcFs.Stat> all) {
        Set<Long> inside = new HashSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ProcFs.Stat s : all) {
                if (!inside.contains(s.pid()) && inside.contains(s.ppid())) {
                    inside.add(s.pid());
                    grew = true;
                }
            }
        }
        return all.stream().filter(s -> s.pid() != root && inside.contains(s.pid())).toList();
    }
}
