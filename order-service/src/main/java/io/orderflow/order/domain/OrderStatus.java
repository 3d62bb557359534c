package io.orderflow.order.domain;

import java.util.EnumSet;
import java.util.Set;

/** The order's life cycle; every allowed transition is listed here and nowhere else. */
public enum OrderStatus {
    NEW,
    RESERVED,
    PAID,
    FULFILLMENT_CREATED,
    FAILED,
    CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(RESERVED, FAILED, CANCELLED);
            case RESERVED -> EnumSet.of(PAID, FAILED, CANCELLED);
            case PAID -> EnumSet.of(FULFILLMENT_CREATED, FAILED, CANCELLED);
            case FULFILLMENT_CREATED -> EnumSet.of(CANCELLED);
            case FAILED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }
}
