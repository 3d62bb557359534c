package io.orderflow.payment.application;

import java.util.UUID;

/** Port: a per-order lock held until the current transaction ends. */
public interface OrderLock {

    /**
     * Waits for and takes the order's lock. Every transaction that may start a charge, dispatch a
     * shipment or cancel the order takes it first, so each of them sees the others' committed outcome.
     */
    void lockForTransaction(UUID orderId);
}
