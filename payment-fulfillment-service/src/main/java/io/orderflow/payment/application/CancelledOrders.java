package io.orderflow.payment.application;

import java.time.Instant;
import java.util.UUID;

/** Port: the orders that were cancelled, so that nothing is charged or shipped for them any more. */
public interface CancelledOrders {

    /** Records the cancellation; recording it again keeps the first one. */
    void add(UUID orderId, Instant requestedAt);

    boolean contains(UUID orderId);
}
