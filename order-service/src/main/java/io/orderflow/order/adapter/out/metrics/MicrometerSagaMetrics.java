package io.orderflow.order.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.orderflow.order.application.SagaMetrics;
import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.OrderStatus;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The saga's meters. Every series is registered at start with zero, so dashboards and alerts see them before
 * the first order: {@code orderflow_saga_step_seconds{step,outcome}} (histogram with fixed buckets, for
 * {@code histogram_quantile}), {@code orderflow_saga_outcomes_total{status,reason}} and
 * {@code orderflow_recovery_attempts_total{outcome}}.
 */
@Startup
@ApplicationScoped
public class MicrometerSagaMetrics implements SagaMetrics {

    /** Buckets from a local call (a few ms) to a participant that timed out (5 s to 10 s) and beyond. */
    static final Duration[] STEP_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30)};
    /** The {@code reason} of an order that did not fail. */
    static final String NO_FAILURE = "none";

    private final Map<Step, Map<StepResult, Timer>> steps = new EnumMap<>(Step.class);
    private final Map<String, Counter> outcomes = new HashMap<>();
    private final Map<RecoveryResult, Counter> recovery = new EnumMap<>(RecoveryResult.class);

    public MicrometerSagaMetrics(MeterRegistry registry) {
        for (Step step : Step.values()) {
            Map<StepResult, Timer> timers = new EnumMap<>(StepResult.class);
            for (StepResult result : StepResult.values()) {
                timers.put(result, Timer.builder("orderflow.saga.step")
                        .description("Time of one saga step: the participant call and any question after it")
                        .tag("step", step.label()).tag("outcome", result.label())
                        .serviceLevelObjectives(STEP_BUCKETS)
                        .register(registry));
            }
            steps.put(step, timers);
        }
        outcome(registry, OrderStatus.FULFILLMENT_CREATED, NO_FAILURE);
        outcome(registry, OrderStatus.CANCELLED, NO_FAILURE);
        for (FailureCode code : FailureCode.values()) {
            outcome(registry, OrderStatus.FAILED, code.name());
        }
        for (RecoveryResult result : RecoveryResult.values()) {
            recovery.put(result, Counter.builder("orderflow.recovery.attempts")
                    .description("Orders the recovery worker took up, by how its run ended")
                    .tag("outcome", result.label())
                    .register(registry));
        }
    }

    private void outcome(MeterRegistry registry, OrderStatus status, String reason) {
        outcomes.put(key(status, reason), Counter.builder("orderflow.saga.outcomes")
                .description("Orders that reached a final status, with the failure code of a failed one")
                .tag("status", status.name()).tag("reason", reason)
                .register(registry));
    }

    private static String key(OrderStatus status, String reason) {
        return status + "/" + reason;
    }

    @Override
    public void stepFinished(Step step, StepResult result, Duration took) {
        steps.get(step).get(result).record(took);
    }

    @Override
    public void sagaEnded(OrderStatus finalStatus, FailureCode failure) {
        Counter counter = outcomes.get(key(finalStatus, failure == null ? NO_FAILURE : failure.name()));
        if (counter == null) {
            throw new IllegalArgumentException("not a final status of a saga: " + finalStatus + " " + failure);
        }
        counter.increment();
    }

    @Override
    public void recoveryAttempt(RecoveryResult result) {
        recovery.get(result).increment();
    }
}
