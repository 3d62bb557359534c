package io.orderflow.inventory.domain;

import java.util.List;

/** Fact: a held reservation ran out of time and its units are back on hand. Schema version 1. */
public record ReservationExpired(String reservationId, String orderId, List<ReservedUnits> lines) implements InventoryEvent {

    public static final String TYPE = "ReservationExpired";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static ReservationExpired of(Reservation reservation) {
        return new ReservationExpired(reservation.id().toString(), reservation.orderId().toString(),
                ReservedUnits.of(reservation));
    }
}
