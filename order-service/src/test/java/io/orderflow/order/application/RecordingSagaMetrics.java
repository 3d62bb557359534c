package io.orderflow.order.application;

import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.OrderStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the saga reported, in order, for tests to read. */
final class RecordingSagaMetrics implements SagaMetrics {

    record StepReport(Step step, StepResult result) {
    }

    final List<StepReport> steps = new ArrayList<>();
    final List<OrderStatus> ended = new ArrayList<>();
    final List<FailureCode> failures = new ArrayList<>();
    final List<RecoveryResult> recoveries = new ArrayList<>();

    @Override
    public void stepFinished(Step step, StepResult result, Duration took) {
        steps.add(new StepReport(step, result));
    }

    @Override
    public void sagaEnded(OrderStatus finalStatus, FailureCode failure) {
        ended.add(finalStatus);
        if (failure != null) {
            failures.add(failure);
        }
    }

    @Override
    public void recoveryAttempt(RecoveryResult result) {
        recoveries.add(result);
    }
}
