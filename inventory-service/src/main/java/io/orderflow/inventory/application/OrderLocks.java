package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.OrderId;

/** Port: serialises the transactions that work on one order, whether or not it has a reservation yet. */
public interface OrderLocks {

    /** Waits until no other transaction holds the order's lock, then holds it until this transaction ends. */
    void lockUntilCommit(OrderId orderId);
}
