package io.orderflow.order.domain;

/** A fact about an order, published on the order topic. */
public sealed interface OrderEvent permits OrderPlaced, OrderConfirmed, OrderFailed, OrderCancelled {

    String orderId();

    String type();

    int schemaVersion();
}
