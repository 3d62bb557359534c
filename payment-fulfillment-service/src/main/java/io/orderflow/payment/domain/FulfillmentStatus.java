package io.orderflow.payment.domain;

import java.util.EnumSet;
import java.util.Set;

/** A shipment request's life cycle; every allowed transition is listed here and nowhere else. */
public enum FulfillmentStatus {
    REQUESTED,
    CANCELLED;

    public Set<FulfillmentStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(CANCELLED);
            case CANCELLED -> EnumSet.noneOf(FulfillmentStatus.class);
        };
    }

    public boolean canMoveTo(FulfillmentStatus target) {
        return next().contains(target);
    }
}
