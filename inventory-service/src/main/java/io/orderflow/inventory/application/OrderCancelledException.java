package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.OrderId;

/** A reservation was asked for an order that has been cancelled; nothing was reserved. */
public class OrderCancelledException extends RuntimeException {

    private final OrderId orderId;

    public OrderCancelledException(OrderId orderId) {
        super("order " + orderId + " was cancelled; nothing is reserved for it");
        this.orderId = orderId;
    }

    public OrderId orderId() {
        return orderId;
    }
}
