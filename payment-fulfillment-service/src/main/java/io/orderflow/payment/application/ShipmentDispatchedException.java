package io.orderflow.payment.application;

import java.util.UUID;

/** The order's shipment has left, so the order can no longer be cancelled nor its payment refunded. */
public class ShipmentDispatchedException extends RuntimeException {

    private final UUID orderId;

    public ShipmentDispatchedException(UUID orderId) {
        super("the shipment of order " + orderId + " has left the warehouse; the order can no longer be cancelled "
                + "and its payment is not refunded");
        this.orderId = orderId;
    }

    public UUID orderId() {
        return orderId;
    }
}
