package io.orderflow.order.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderflow.order.application.SagaMetrics.RecoveryResult;
import io.orderflow.order.application.SagaMetrics.Step;
import io.orderflow.order.application.SagaMetrics.StepResult;
import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.OrderStatus;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MicrometerSagaMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerSagaMetrics metrics = new MicrometerSagaMetrics(registry);

    @Test
    void everySeriesExistsWithZeroBeforeTheFirstOrder() {
        assertThat(registry.find("orderflow.saga.step").timers())
                .hasSize(Step.values().length * StepResult.values().length)
                .allSatisfy(t -> assertThat(t.count()).isZero());
        assertThat(registry.find("orderflow.saga.outcomes").counters())
                .hasSize(2 + FailureCode.values().length)
                .allSatisfy(c -> assertThat(c.count()).isZero());
        assertThat(registry.find("orderflow.recovery.attempts").counters()).hasSize(RecoveryResult.values().length);
    }

    @Test
    void aFailedOrderIsCountedUnderItsFailureCodeAndOthersUnderNone() {
        metrics.sagaEnded(OrderStatus.FAILED, FailureCode.PAYMENT_DECLINED);
        metrics.sagaEnded(OrderStatus.FULFILLMENT_CREATED, null);
        metrics.sagaEnded(OrderStatus.FULFILLMENT_CREATED, null);

        assertThat(outcome("FAILED", "PAYMENT_DECLINED")).isEqualTo(1);
        assertThat(outcome("FAILED", "OUT_OF_STOCK")).isZero();
        assertThat(outcome("FULFILLMENT_CREATED", "none")).isEqualTo(2);
        assertThat(outcome("CANCELLED", "none")).isZero();
    }

    @Test
    void anUnfinishedStatusIsNotAnOutcome() {
        assertThatThrownBy(() -> metrics.sagaEnded(OrderStatus.PAID, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stepTimesLandInTheirBucketsPerStepAndOutcome() {
        metrics.stepFinished(Step.PAY, StepResult.DONE, Duration.ofMillis(40));
        metrics.stepFinished(Step.PAY, StepResult.IN_DOUBT, Duration.ofSeconds(6));

        var done = registry.get("orderflow.saga.step").tag("step", "pay").tag("outcome", "done").timer();
        assertThat(done.count()).isEqualTo(1);
        CountAtBucket[] buckets = done.takeSnapshot().histogramCounts();
        assertThat(Arrays.stream(buckets).filter(b -> b.bucket() == Duration.ofMillis(50).toNanos()).findFirst())
                .hasValueSatisfying(b -> assertThat(b.count()).isEqualTo(1));
        assertThat(Arrays.stream(buckets).filter(b -> b.bucket() == Duration.ofMillis(25).toNanos()).findFirst())
                .hasValueSatisfying(b -> assertThat(b.count()).isZero());
        assertThat(registry.get("orderflow.saga.step").tag("step", "pay").tag("outcome", "in_doubt").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("orderflow.saga.step").tag("step", "reserve").tag("outcome", "done").timer().count())
                .isZero();
    }

    @Test
    void recoveryRunsAreCountedByOutcome() {
        metrics.recoveryAttempt(RecoveryResult.SETTLED);
        metrics.recoveryAttempt(RecoveryResult.ERROR);
        metrics.recoveryAttempt(RecoveryResult.ERROR);

        assertThat(registry.get("orderflow.recovery.attempts").tag("outcome", "settled").counter().count()).isEqualTo(1);
        assertThat(registry.get("orderflow.recovery.attempts").tag("outcome", "error").counter().count()).isEqualTo(2);
        assertThat(registry.get("orderflow.recovery.attempts").tag("outcome", "unsettled").counter().count()).isZero();
    }

    private double outcome(String status, String reason) {
        return registry.get("orderflow.saga.outcomes").tag("status", status).tag("reason", reason).counter().count();
    }
}
