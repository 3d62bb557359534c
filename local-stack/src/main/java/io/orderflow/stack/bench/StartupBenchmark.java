package io.orderflow.stack.bench;

import io.orderflow.stack.Stack;
import io.orderflow.stack.StackConfig;
import io.orderflow.stack.bench.load.ProcFs;
import io.orderflow.stack.bench.load.Targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * How long each service takes from its launch until it answers ready, in the two ways a service starts: together
 * with the three others, as {@code ./stack} starts them (sharing the CPUs with each other and with the
 * infrastructure still starting), and alone on the running, idle stack (a restart, a new copy, a rolling deploy),
 * several times each; with the CPU the service used until ready and its RSS then.
 *
 * <p>{@code bin/bench-startup [restarts=3] [./stack options: --data-dir=… --port.NAME=N]}; it starts a fresh stack
 * of its own and stops it at the end.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    /** One start of one service: seconds from launch to ready, its CPU seconds by then, its RSS then in MB. */
    private record Start(double readySeconds, double cpuSeconds, long rssMb) {

        static Start of(long pid, double readySeconds) {
            double cpu = ProcFs.stat(pid).map(s -> s.ownTicks() / (double) ProcFs.TICKS_PER_SECOND).orElse(Double.NaN);
            return new Start(readySeconds, cpu, ProcFs.statusKb(pid, "VmRSS") / 1024);
        }
    }

    public static void main(String[] args) {
        boolean countGiven = args.length > 0 && args[0].matches("\\d+");
        int restarts = countGiven ? Integer.parseInt(args[0]) : 3;
        String[] stackArgs = countGiven ? Arrays.copyOfRange(args, 1, args.length) : args;
        List<String> withFresh = new ArrayList<>(List.of(stackArgs));
        withFresh.add("--fresh");
        Path root = Path.of(System.getProperty("orderflow.root", ".")).toAbsolutePath().normalize();
        StackConfig config = StackConfig.parse(root, withFresh.toArray(String[]::new), System.getenv());

        long t0 = System.nanoTime();
        try (Stack stack = Stack.start(config, Map.of(), line -> { })) {
            double upSeconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Start> together = new LinkedHashMap<>();
            stack.readySeconds().forEach((name, seconds) ->
                    together.put(name, Start.of(stack.process(name).pid(), seconds)));
            Map<String, List<Start>> alone = new LinkedHashMap<>();
            for (int round = 0; round < restarts; round++) {
                for (String name : together.keySet()) {
                    double seconds = stack.restart(name);
                    alone.computeIfAbsent(name, n -> new ArrayList<>())
                            .add(Start.of(stack.process(name).pid(), seconds));
                }
            }
            print(upSeconds, together, alone);
        }
    }

    private static void print(double upSeconds, Map<String, Start> together, Map<String, List<Start>> alone) {
        System.out.printf(Locale.ROOT, "the whole stack up in %.1f s (fresh data directory)%n%n", upSeconds);
        System.out.printf(Locale.ROOT, "%-29s %-28s   %s%n", "", "launched together (./stack)",
                "alone on the running stack, each restart");
        System.out.printf(Locale.ROOT, "%-29s %8s %10s %8s   %-22s %-22s %6s%n", "service", "ready s", "CPU s*",
                "RSS MB", "ready s", "CPU s", "RSS MB");
        together.forEach((name, start) -> {
            List<Start> starts = alone.getOrDefault(name, List.of());
            System.out.printf(Locale.ROOT, "%-29s %8.1f %10.1f %8d   %-22s %-22s %6s%n", name, start.readySeconds(),
                    start.cpuSeconds(), start.rssMb(), join(starts, Start::readySeconds),
                    join(starts, Start::cpuSeconds), starts.isEmpty() ? "" : Long.toString(
                            starts.stream().mapToLong(Start::rssMb).max().orElse(0)));
        });
        System.out.println("* CPU and RSS when the whole stack was up; after a restart: CPU when ready, the largest "
                + "RSS then");

        double worstTogether = together.values().stream().mapToDouble(Start::readySeconds).max().orElse(0);
        System.out.println("targets:");
        System.out.println(target(worstTogether, "the four launched together", "at the most"));
        if (!alone.isEmpty()) {
            double worstAlone = alone.values().stream().flatMap(List::stream).mapToDouble(Start::readySeconds).max()
                    .orElse(Double.NaN);
            System.out.println(target(worstAlone, "started alone", "at the most (" + alone.values().iterator().next()
                    .size() + " restarts each)"));
        }
    }

    private static String target(double worstSeconds, String how, String note) {
        double bound = Targets.MAX_READY_SECONDS;
        return String.format(Locale.ROOT, "  %-13s %-57s %.1f s %s", worstSeconds < bound ? "met" : "MISSED",
                String.format(Locale.ROOT, "each service ready in < %.0f s, %s", bound, how), worstSeconds, note);
    }

    private static String join(List<Start> starts, ToDoubleFunction<Start> field) {
        return starts.stream().map(s -> String.format(Locale.ROOT, "%.1f", field.applyAsDouble(s)))
                .collect(Collectors.joining(" / "));
    }
}
