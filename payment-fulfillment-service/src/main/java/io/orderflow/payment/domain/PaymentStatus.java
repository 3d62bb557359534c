package io.orderflow.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/** The payment's life cycle; every allowed transition is listed here and nowhere else. */
public enum PaymentStatus {
    /** Recorded, and the provider may or may not have charged yet. */
    PENDING,
    CAPTURED,
    DECLINED,
    REFUNDED,
    /** Given up without a charge: the provider has none and no charge attempt can still land. */
    VOIDED;

    public Set<PaymentStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CAPTURED, DECLINED, VOIDED);
            case CAPTURED -> EnumSet.of(REFUNDED);
            case DECLINED, REFUNDED, VOIDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean canMoveTo(PaymentStatus target) {
        return next().contains(target);
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }
}
