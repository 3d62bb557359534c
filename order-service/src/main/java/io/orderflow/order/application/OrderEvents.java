package io.orderflow.order.application;

import io.orderflow.order.domain.OrderEvent;

/** Port: announces what happened to orders, in the same transaction as the change. */
public interface OrderEvents {

    void publish(OrderEvent event);
}
