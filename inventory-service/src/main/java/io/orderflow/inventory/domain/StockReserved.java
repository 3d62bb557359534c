package io.orderflow.inventory.domain;

import java.time.Instant;
import java.util.List;

/** Fact: stock was taken off the shelf and held for an order until {@code expiresAt}. Schema version 1. */
public record StockReserved(String reservationId, String orderId, List<Line> lines, long totalMinor, String currency,
                            Instant expiresAt) implements InventoryEvent {

    public static final String TYPE = "StockReserved";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** One held line with its catalogue price. */
    public record Line(String sku, int quantity, long unitPriceMinor) {
    }

    public static StockReserved of(Reservation reservation) {
        return new StockReserved(reservation.id().toString(), reservation.orderId().toString(),
                reservation.lines().stream()
                        .map(l -> new Line(l.sku().value(), l.quantity().value(), l.unitPrice().amountMinor()))
                        .toList(),
                reservation.total().amountMinor(), reservation.total().currency(), reservation.expiresAt());
    }
}
