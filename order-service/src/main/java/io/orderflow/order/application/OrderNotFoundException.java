package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;

/** No order has this id. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(OrderId id) {
        super("no order with id " + id);
    }
}
