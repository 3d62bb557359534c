package io.orderflow.stack.bench.load;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Maximum throughput: {@code clients} customers that each place an order as soon as their previous one is
 * answered, for a fixed time. Latency here is service time (from send to answer); the rate is what the system
 * sustains.
 */
final class ClosedLoop {

    private final OrderSender sender;

    ClosedLoop(OrderSender sender) {
        this.sender = sender;
    }

    PhaseRecorder run(int clients, long seconds, long drainSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        PhaseRecorder recorder = new PhaseRecorder(start);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            next(recorder, end, finished);
        }
        if (!finished.await(seconds + drainSeconds, TimeUnit.SECONDS)) {
            System.err.println("load-test: clients still waiting for answers after the drain; not counted");
        }
        return recorder;
    }

    private void next(PhaseRecorder recorder, long end, CountDownLatch finished) {
        long sent = System.nanoTime();
        if (sent >= end) {
            finished.countDown();
            return;
        }
        sender.send().whenComplete((answer, error) -> {
            long now = System.nanoTime();
            OrderSender.Answer a = error == null ? answer : OrderSender.Answer.failure(error);
            recorder.record(a, now - sent, now);
            next(recorder, end, finished);
        });
    }
}
