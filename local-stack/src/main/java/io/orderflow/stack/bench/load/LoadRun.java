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

    /** Orders at 10/s that are not measured: JIT compilation, connection pools and caches warm up. */
    void warmUp(int seconds) throws InterruptedException {
        if (seconds > 0) {
            System.out.println("warm-up: " + seconds + " s at 10 orders/s (not measured)");
            new OpenLoop(sender, maxInFlight).run(ArrivalSchedule.of(System.nanoTime(), 10, seconds), DRAIN_SECONDS);
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

    private PhaseResult measure(String name, String kind, double target, Body body) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
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
}
