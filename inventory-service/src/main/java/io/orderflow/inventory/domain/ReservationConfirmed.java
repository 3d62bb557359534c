package io.orderflow.inventory.domain;

import java.util.List;

/** Fact: held stock was confirmed for the order and counts as shipped. Schema version 1. */
public record ReservationConfirmed(String reservationId, String orderId, List<ReservedUnits> lines) implements InventoryEvent {

    public static final String TYPE = "ReservationConfirmed";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static ReservationConfirmed of(Reservation reservation) {
        return new ReservationConfirmed(reservation.id().toString(), reservation.orderId().toString(),
                ReservedUnits.of(reservation));
    }
}
