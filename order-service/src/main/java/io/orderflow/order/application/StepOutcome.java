package io.orderflow.order.application;

/** The answer to a confirm, release or refund command. */
public sealed interface StepOutcome {

    record Done() implements StepOutcome {
    }

    /** The participant refused for good, for example confirming a reservation that expired. */
    record Refused(String reason) implements StepOutcome {
    }

    record InDoubt(String cause) implements StepOutcome {
    }
}
