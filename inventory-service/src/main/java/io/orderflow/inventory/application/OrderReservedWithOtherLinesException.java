package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Reservation;

/** An order that has a reservation asked again with different lines. */
public class OrderReservedWithOtherLinesException extends RuntimeException {

    public OrderReservedWithOtherLinesException(Reservation existing) {
        super("order " + existing.orderId() + " already has reservation " + existing.id() + " (" + existing.status()
                + ") with other lines; an order is reserved once");
    }
}
