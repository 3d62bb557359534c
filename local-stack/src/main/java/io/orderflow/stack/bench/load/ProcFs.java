package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What Linux's /proc tells about a process: CPU time, parent, memory. */
public final class ProcFs {

    /** Clock ticks per second of the times in /proc/PID/stat (USER_HZ; 100 on every Linux this runs on). */
    public static final long TICKS_PER_SECOND = 100;

    /** Fields of /proc/PID/stat; times in clock ticks, {@code children*} those of its exited, reaped children. */
    public record Stat(long pid, long ppid, long userTicks, long systemTicks, long childrenUserTicks,
                long childrenSystemTicks) {

        public long ownTicks() {
            return userTicks + systemTicks;
        }

        long ownAndReapedTicks() {
            return ownTicks() + childrenUserTicks + childrenSystemTicks;
        }
    }

    private ProcFs() {
    }

    public static Optional<Stat> stat(long pid) {
        try {
            return Optional.of(parseStat(pid, Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses a stat line; the command name may hold spaces and parentheses, so fields count from its last ')'. */
    static Stat parseStat(long pid, String line) {
        String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
        // f[0] is field 3 (state): ppid is field 4, utime..cstime are fields 14..17
        return new Stat(pid, Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                Long.parseLong(f[13]), Long.parseLong(f[14]));
    }

    /** A field of /proc/PID/status in kB (VmRSS, VmHWM), or 0 when the process is gone. */
    public static long statusKb(long pid, String field) {
        return kbField(Path.of("/proc", Long.toString(pid), "status"), field);
    }

    /** Proportional set size: resident memory with shared pages divided among the processes sharing them. */
    static long pssKb(long pid) {
        return kbField(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss");
    }

    /** Ticks stolen from this machine's CPUs by the hypervisor so far, over all CPUs (0 where not reported). */
    static long stealTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static List<Stat> all() {
        List<Stat> stats = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> stat(Long.parseLong(n)).ifPresent(stats::add));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return stats;
    }

    private static long kbField(Path file, String field) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(field + ":")).findFirst()
                    .map(l -> Long.parseLong(l.substring(field.length() + 1).trim().split("\\s+")[0])).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
