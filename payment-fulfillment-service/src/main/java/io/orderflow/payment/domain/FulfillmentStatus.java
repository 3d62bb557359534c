package io.orderflow.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/** A shipment request's life cycle; every allowed transition is listed here and nowhere else. */
public enum FulfillmentStatus {
    REQUESTED,
    /** The goods left the warehouse: the order can no longer be cancelled or refunded here. */
    DISPATCHED,
    CANCELLED;

    public Set<FulfillmentStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(DISPATCHED, CANCELLED);
            case DISPATCHED, CANCELLED -> EnumSet.noneOf(FulfillmentStatus.class);
        };
    }

    public boolean canMoveTo(FulfillmentStatus target) {
        return next().contains(target);
    }
}
