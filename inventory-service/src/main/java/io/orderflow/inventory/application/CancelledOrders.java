package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.OrderId;
import java.time.Instant;

/** Port: orders known to be cancelled, a fence that no later reservation passes. */
public interface CancelledOrders {

    /** Records the cancellation unless it is recorded already; true when this call recorded it. */
    boolean add(OrderId orderId, Instant cancelledAt);

    boolean contains(OrderId orderId);
}
