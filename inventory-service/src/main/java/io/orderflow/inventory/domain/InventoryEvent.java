package io.orderflow.inventory.domain;

/** A fact about an order's stock and reservations, published on its topic keyed by order id; versioned. */
public sealed interface InventoryEvent permits StockReserved, ReservationConfirmed, StockReleased, ReservationExpired {

    String orderId();

    String type();

    int schemaVersion();
}
