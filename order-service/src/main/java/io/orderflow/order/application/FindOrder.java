package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Use case: read one order. */
@ApplicationScoped
public class FindOrder {

    private final Orders orders;

    public FindOrder(Orders orders) {
        this.orders = orders;
    }

    @Transactional
    public Order byId(OrderId id) {
        return orders.find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
