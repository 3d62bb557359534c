package io.orderflow.stack.bench.load;

import java.time.Duration;

/** Runs the phases of a load test against the stack and measures each one with the stack's own counters. */
final class LoadRun {

    /** Longer than an order request's timeout, so every request sent has ended before a phase is measured. */
    private static final long DRAIN_SECONDS = 35;
    /** Lets every backend publish its transaction counts (at most once a second) before they are read. */
    private static final Duration SETTLE = Duration.ofMillis(2500);

    /** What a phase does between its two measurements. */
    @FunctionalInterface
    private interface Body {
        PhaseRecorder run() throws InterruptedException;
    }

    /**
     * The stack counts as quiet when all its processes together use less than this much CPU: at rest it uses about
     * 0.35 (mostly the outbox relay and Kafka).
     */
    private static final double QUIET_CPUS = 0.6;
    private static final int QUIESCE_MAX_SECONDS = 90;

    private final StackProcesses processes;
    private final DatabaseStats databases;
    private final OrderSender sender;
    private final int maxInFlight;

    LoadRun(StackProcesses processes, DatabaseStats databases, OrderSender sender, int maxInFlight) {
        this.processes = processes;
        this.databases = databases;
        this.sender = sender;
        this.maxInFlight = maxInFlight;
    }

    /** Orders that are not measured: JIT compilation, connection pools and caches warm up. */
    void warmUp(int seconds, int rate) throws InterruptedException {
        if (seconds > 0) {
            System.out.println("warm-up: " + seconds + " s at " + rate + " orders/s (not measured)");
            new OpenLoop(sender, maxInFlight).run(ArrivalSchedule.of(System.nanoTime(), rate, seconds), DRAIN_SECONDS);
        }
    }

    /** No orders: what the stack costs at rest (background jobs, polling), for comparison. */
    PhaseResult idle(int seconds) throws InterruptedException {
        return measure("idle " + seconds + " s", "idle", 0, () -> {
            PhaseRecorder recorder = new PhaseRecorder(System.nanoTime());
            Thread.sleep(seconds * 1000L);
            return recorder;
        });
    }

    PhaseResult open(int rate, int seconds) throws InterruptedException {
        return measure("open loop " + rate + "/s", "open", rate, () -> new OpenLoop(sender, maxInFlight)
                .run(ArrivalSchedule.of(System.nanoTime() + 1_000_000, rate, seconds), DRAIN_SECONDS));
    }

    PhaseResult closed(int clients, int seconds) throws InterruptedException {
        return measure("closed loop " + clients + " clients", "closed", clients,
                () -> new ClosedLoop(sender).run(clients, seconds, DRAIN_SECONDS));
    }

    /** The same, with every Java process of the stack profiled while it runs (see {@link Profiler}). */
    PhaseResult closedProfiled(int clients, int seconds, Profiler profiler) throws InterruptedException {
        return measure("closed loop " + clients + " clients", "closed", clients, () -> {
            try {
                Profiler.Session session = profiler.start();
                PhaseRecorder recorder = new ClosedLoop(sender).run(clients, seconds, DRAIN_SECONDS);
                System.out.print(profiler.stop(session, recorder.all().getTotalCount()));
                return recorder;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("profiling failed", e);
            }
        });
    }

    private PhaseResult measure(String name, String kind, double target, Body body) throws InterruptedException {
        quiesce();
        System.out.println(name + " ...");
        Snapshot before = Snapshot.take(processes, databases);
        PhaseRecorder recorder = body.run();
        Snapshot cpuAfter = Snapshot.take(processes, databases);
        Thread.sleep(SETTLE.toMillis());
        Snapshot transactionsAfter = Snapshot.take(processes, databases);
        PhaseResult result = PhaseResult.of(name, kind, target, recorder, before, cpuAfter, transactionsAfter);
        System.out.println(ConsoleSummary.line(result));
        return result;
    }

    /**
     * Waits until the work of the previous phase has ended (an overloaded phase leaves the services a backlog), so
     * it is not counted in the next one: until the stack uses under {@link #QUIET_CPUS} CPUs over a second.
     */
    void quiesce() throws InterruptedException {
        for (int second = 0; second < QUIESCE_MAX_SECONDS; second++) {
            long before = busyTicks();
            Thread.sleep(1000);
            if (busyTicks() - before < QUIET_CPUS * ProcFs.TICKS_PER_SECOND) {
                Thread.sleep(SETTLE.toMillis());
                return;
            }
        }
        System.err.println("load-test: the stack did not become quiet within " + QUIESCE_MAX_SECONDS + " s");
    }

    private long busyTicks() {
        return processes.cpuTicks().entrySet().stream().filter(e -> !e.getKey().equals(StackProcesses.LOAD_GENERATOR))
                .filter(e -> !e.getKey().equals(StackProcesses.STEAL))
                .mapToLong(java.util.Map.Entry::getValue).sum();
    }
}
