package io.orderflow.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Use case: a page of the orders the requester may see, newest first. */
@ApplicationScoped
public class ListOrders {

    public static final int MAX_PAGE_SIZE = 100;

    private final Orders orders;

    public ListOrders(Orders orders) {
        this.orders = orders;
    }

    @Transactional
    public Orders.Page page(Requester requester, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        return orders.page(requester.ownerFilter(), page, size);
    }
}
