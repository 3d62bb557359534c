package io.orderflow.order.application;

/** A participant's answer to "this order is cancelled: hold nothing for it, and refuse it from now on". */
public sealed interface CancellationOutcome {

    /** The participant holds nothing for the order and will refuse any late command for it. */
    record Compensated() implements CancellationOutcome {
    }

    /** The shipment has left: the order can no longer be cancelled. */
    record ShipmentDispatched(String detail) implements CancellationOutcome {
    }

    /** No definite answer: timeout, 5xx, or a charge the participant has not settled yet. */
    record InDoubt(String cause) implements CancellationOutcome {
    }
}
