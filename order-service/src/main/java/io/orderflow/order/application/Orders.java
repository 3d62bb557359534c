package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import java.util.List;
import java.util.Optional;

/** Port: where order aggregates are kept. */
public interface Orders {

    /** Stores a new order with the idempotency key and request fingerprint that created it. */
    void add(Order order, String idempotencyKey, String requestFingerprint);

    Optional<Order> find(OrderId id);

    /** Loads the order and locks its row until the transaction ends. */
    Order lock(OrderId id);

    /** Writes the order's state, prices, failure, participant ids and cancellation origin. */
    void save(Order order);

    Optional<IdempotentRequest> findByIdempotencyKey(String idempotencyKey);

    /** Newest first. */
    Page page(int page, int size);

    /** The order an idempotency key created, with the fingerprint of the request that created it. */
    record IdempotentRequest(OrderId orderId, String requestFingerprint) {
    }

    record Page(List<Order> items, long total) {
    }
}
