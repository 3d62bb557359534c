package io.orderflow.inventory.domain;

import java.util.List;

/** Fact: a reservation was released and its units are back on hand. Schema version 1. */
public record StockReleased(String reservationId, String orderId, List<ReservedUnits> lines,
                            String previousStatus) implements InventoryEvent {

    public static final String TYPE = "StockReleased";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static StockReleased of(Reservation reservation, ReservationStatus previousStatus) {
        return new StockReleased(reservation.id().toString(), reservation.orderId().toString(),
                ReservedUnits.of(reservation), previousStatus.name());
    }
}
