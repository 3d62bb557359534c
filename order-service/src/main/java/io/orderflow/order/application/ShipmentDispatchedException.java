package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;

/** A cancel came after the order's shipment was dispatched; the order goes on as it was. */
public class ShipmentDispatchedException extends RuntimeException {

    public ShipmentDispatchedException(OrderId id) {
        super("order " + id + " can no longer be cancelled: its shipment has been dispatched");
    }
}
