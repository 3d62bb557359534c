package io.orderflow.stack.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void intendedStartsAreEvenlySpacedAtTheRate() {
        ArrivalSchedule schedule = ArrivalSchedule.of(1_000, 25, 2);

        assertThat(schedule.count()).isEqualTo(50);
        assertThat(schedule.intendedStart(0)).isEqualTo(1_000);
        assertThat(schedule.intendedStart(1)).isEqualTo(1_000 + 40_000_000);
        assertThat(schedule.intendedStart(25)).isEqualTo(1_000 + 1_000_000_000);
    }

    @Test
    void requestsHeldBackBehindASlowAnswerCountTheirWaitFromTheirIntendedStart() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        OrderSender firstAnswersAfter100Ms = () -> {
            if (calls.getAndIncrement() > 0) {
                return CompletableFuture.completedFuture(OrderSender.Answer.status(201));
            }
            CompletableFuture<OrderSender.Answer> slow = new CompletableFuture<>();
            timer.schedule(() -> slow.complete(OrderSender.Answer.status(201)), 100, TimeUnit.MILLISECONDS);
            return slow;
        };

        // 200/s for 0.2 s with one slot: the requests meant for 5..95 ms can only go once the first is answered.
        PhaseRecorder recorder = new OpenLoop(firstAnswersAfter100Ms, 1)
                .run(ArrivalSchedule.of(System.nanoTime(), 200, 0.2), 5);

        Histogram latencies = recorder.all();
        assertThat(latencies.getTotalCount()).isEqualTo(40);
        assertThat(latencies.getMaxValue()).isGreaterThanOrEqualTo(95_000);
        long heldBackAtLeast20Ms = latencies.getTotalCount() - latencies.getCountBetweenValues(0, 20_000);
        assertThat(heldBackAtLeast20Ms).as("a measurement that omits the wait would see about 0 ms here")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void failuresAreCountedByOutcomeAndLeftOutOfTheLatencies() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        OrderSender everyThirdRefused = () -> CompletableFuture.completedFuture(
                calls.incrementAndGet() % 3 == 0 ? OrderSender.Answer.status(422) : OrderSender.Answer.status(201));

        PhaseRecorder recorder = new OpenLoop(everyThirdRefused, 4).run(ArrivalSchedule.of(System.nanoTime(), 300, 0.1),
                5);

        assertThat(recorder.outcomes()).containsEntry("201", 20L).containsEntry("422", 10L);
        assertThat(recorder.all().getTotalCount()).isEqualTo(20);
    }
}
