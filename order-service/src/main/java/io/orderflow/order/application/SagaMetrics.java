package io.orderflow.order.application;

import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.OrderStatus;
import java.time.Duration;
import java.util.Locale;

/**
 * Port: what the saga tells operators about itself: how long each step took and how it went, how each order
 * ended, and what recovery achieved. The adapter turns it into Prometheus meters; tests use {@link #NONE}.
 */
public interface SagaMetrics {

    /** A call to a participant, forward or compensating, as the {@code step} label names it. */
    enum Step {
        RESERVE, PAY, CONFIRM, RELEASE, REFUND, CANCEL_PAYMENT, CANCEL_STOCK;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a step went, as the {@code outcome} label names it. */
    enum StepResult {
        /** The participant did what was asked (or had already done it). */
        DONE,
        /** A definite no: out of stock, declined, the order cancelled there, the shipment gone. */
        REFUSED,
        /** No definite answer, even after asking: recovery will try again. */
        IN_DOUBT,
        /** The call threw: a bug or a broken dependency, recorded as in doubt by the caller. */
        ERROR;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Classifies a participant's answer (one of the sealed outcome types at the ports). */
        public static StepResult of(Object answer) {
            if (answer instanceof ReservationOutcome.InDoubt || answer instanceof ReservationOutcome.Absent
                    || answer instanceof PaymentOutcome.InDoubt || answer instanceof PaymentOutcome.Absent
                    || answer instanceof StepOutcome.InDoubt || answer instanceof CancellationOutcome.InDoubt) {
                return IN_DOUBT;
            }
            if (answer instanceof ReservationOutcome.Reserved || answer instanceof PaymentOutcome.Captured
                    || answer instanceof StepOutcome.Done || answer instanceof CancellationOutcome.Compensated) {
                return DONE;
            }
            return REFUSED;
        }
    }

    /** How recovery's run of one claimed order ended, as the {@code outcome} label names it. */
    enum RecoveryResult {
        /** The order reached a final state (fulfilled, failed or cancelled). */
        SETTLED,
        /** The order is still unfinished: it waits for its next attempt (or for a person). */
        UNSETTLED,
        /** The run threw; the attempt is recorded as in doubt. */
        ERROR;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    void stepFinished(Step step, StepResult result, Duration took);

    /** The order reached a final status in this process; {@code failure} is null unless it FAILED. */
    void sagaEnded(OrderStatus finalStatus, FailureCode failure);

    void recoveryAttempt(RecoveryResult result);
}
