package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU ticks of one process by thread group (the thread's name with its numbers taken out: "C2 CompilerThread0"
 * and "C1 CompilerThread1" are one group, every "executor-thread-N" another), from /proc/PID/task. A thread that
 * ended between two readings is missing from the second.
 */
final class ThreadGroups {

    private ThreadGroups() {
    }

    static Map<String, Long> ticks(long pid) {
        Map<String, Long> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = group(Files.readString(task.resolve("comm")).trim());
                    ProcFs.Stat stat = ProcFs.parseStat(pid, Files.readString(task.resolve("stat")));
                    groups.merge(name, stat.ownTicks(), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return groups;
    }

    static String group(String threadName) {
        String withoutNumbers = threadName.replaceAll("\\d+", "N").replaceAll("[-#_ ]?N$", "");
        return withoutNumbers.matches("C[N] CompilerThre.*") ? "JIT compiler" : withoutNumbers;
    }
}
