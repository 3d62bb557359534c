package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Use case: read one order; another customer's order is not found. */
@ApplicationScoped
public class FindOrder {

    private final Orders orders;

    public FindOrder(Orders orders) {
        this.orders = orders;
    }

    @Transactional
    public Order byId(OrderId id, Requester requester) {
        if (!requester.mayReach(orders.ownerOf(id))) {
            throw new OrderNotFoundException(id);
        }
        return orders.find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
