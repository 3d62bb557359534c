package io.orderflow.stack.bench.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Orders at a fixed arrival rate, whatever the system's answers do. Each request has an intended start time;
 * its latency runs from that time, so a request held back because the system was slow (every slot of the bounded
 * pool busy, or this thread late) counts the wait: no coordinated omission.
 */
final class OpenLoop {

    private final OrderSender sender;
    private final int maxInFlight;

    OpenLoop(OrderSender sender, int maxInFlight) {
        this.sender = sender;
        this.maxInFlight = maxInFlight;
    }

    /** Runs the schedule, then waits up to {@code drainSeconds} for the answers still outstanding. */
    PhaseRecorder run(ArrivalSchedule schedule, long drainSeconds) throws InterruptedException {
        PhaseRecorder recorder = new PhaseRecorder(schedule.startNanos());
        Semaphore slots = new Semaphore(maxInFlight);
        for (long i = 0; i < schedule.count(); i++) {
            long intended = schedule.intendedStart(i);
            parkUntil(intended);
            slots.acquire();
            sender.send().whenComplete((answer, error) -> {
                long now = System.nanoTime();
                OrderSender.Answer a = error == null ? answer : OrderSender.Answer.failure(error);
                recorder.record(a, now - intended, now);
                slots.release();
            });
        }
        if (!slots.tryAcquire(maxInFlight, drainSeconds, TimeUnit.SECONDS)) {
            System.err.println("load-test: answers still outstanding after " + drainSeconds + " s; not counted");
        }
        return recorder;
    }

    private static void parkUntil(long deadline) {
        for (long wait = deadline - System.nanoTime(); wait > 0; wait = deadline - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
