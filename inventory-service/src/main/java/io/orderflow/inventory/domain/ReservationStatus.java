package io.orderflow.inventory.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A reservation's life cycle; every allowed transition is listed here and nowhere else. Each status also
 * says where the reserved units are, so a transition knows which stock to move.
 */
public enum ReservationStatus {
    HELD(StockBucket.RESERVED),
    CONFIRMED(StockBucket.SHIPPED),
    RELEASED(StockBucket.ON_HAND),
    EXPIRED(StockBucket.ON_HAND);

    private final StockBucket unitsIn;

    ReservationStatus(StockBucket unitsIn) {
        this.unitsIn = unitsIn;
    }

    public Set<ReservationStatus> next() {
        return switch (this) {
            case HELD -> EnumSet.of(CONFIRMED, RELEASED, EXPIRED);
            // Releasing a confirmed reservation restocks a cancelled order that was not dispatched.
            case CONFIRMED -> EnumSet.of(RELEASED);
            case RELEASED, EXPIRED -> EnumSet.noneOf(ReservationStatus.class);
        };
    }

    public boolean canMoveTo(ReservationStatus target) {
        return next().contains(target);
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }

    /** The bucket this reservation's units sit in while it has this status. */
    public StockBucket unitsIn() {
        return unitsIn;
    }
}
