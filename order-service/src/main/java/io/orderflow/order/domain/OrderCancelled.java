package io.orderflow.order.domain;

import java.time.Instant;

/** Fact: the order was cancelled; its payment is refunded and its stock restocked. Schema version 1. */
public record OrderCancelled(String orderId, OrderStatus cancelledFrom, Instant cancelledAt) implements OrderEvent {

    public static final String TYPE = "OrderCancelled";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return 1;
    }
}
