package io.orderflow.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/** The payment's life cycle; every allowed transition is listed here and nowhere else. */
public enum PaymentStatus {
    /** Recorded, and the provider may or may not have charged yet. */
    PENDING,
    CAPTURED,
    DECLINED,
    REFUNDED;

    public Set<PaymentStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CAPTURED, DECLINED);
            case CAPTURED -> EnumSet.of(REFUNDED);
            case DECLINED, REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean canMoveTo(PaymentStatus target) {
        return next().contains(target);
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }
}
