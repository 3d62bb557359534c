package io.orderflow.payment.application;

import io.orderflow.payment.domain.PaymentStatus;

/** How a cancelled order's payment ended; in every case nothing is held for the order any more. */
public enum CancellationOutcome {
    /** The order had no payment, and now never gets one. */
    NOTHING_CHARGED,
    DECLINED,
    REFUNDED,
    /** A payment the provider never charged was given up. */
    VOIDED;

    static CancellationOutcome of(PaymentStatus settled) {
        return switch (settled) {
            case DECLINED -> DECLINED;
            case REFUNDED -> REFUNDED;
            case VOIDED -> VOIDED;
            case PENDING, CAPTURED -> throw new IllegalStateException("a cancelled order's payment is " + settled);
        };
    }
}
