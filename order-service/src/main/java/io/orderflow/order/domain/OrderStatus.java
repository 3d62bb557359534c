package io.orderflow.order.domain;

import java.util.EnumSet;
import java.util.Set;

/** The order's life cycle; every allowed transition is listed here and nowhere else. */
public enum OrderStatus {
    NEW,
    RESERVED,
    PAID,
    FULFILLMENT_CREATED,
    /** The customer or an operator asked to cancel; compensation runs until nothing is held or charged. */
    CANCELLING,
    FAILED,
    CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(RESERVED, FAILED, CANCELLING);
            case RESERVED -> EnumSet.of(PAID, FAILED, CANCELLING);
            case PAID -> EnumSet.of(FULFILLMENT_CREATED, FAILED, CANCELLING);
            case FULFILLMENT_CREATED -> EnumSet.of(CANCELLING);
            // Back to where it came from when the shipment had already been dispatched (Order.cancelRefused).
            case CANCELLING -> EnumSet.of(CANCELLED, NEW, RESERVED, PAID, FULFILLMENT_CREATED);
            case FAILED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }

    /** True while the saga (forward or compensating) still has work to do for the order. */
    public boolean isUnfinished() {
        return this == NEW || this == RESERVED || this == PAID || this == CANCELLING;
    }
}
