package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import java.util.List;
import java.util.Optional;

/** Port: where order aggregates are kept. */
public interface Orders {

    /** Stores a new order of this customer with the idempotency key and request fingerprint that created it. */
    void add(Order order, String customer, String idempotencyKey, String requestFingerprint);

    Optional<Order> find(OrderId id);

    /** The customer who placed the order; empty when there is no such order. */
    Optional<String> ownerOf(OrderId id);

    /** Loads the order and locks its row until the transaction ends. */
    Order lock(OrderId id);

    /** Writes the order's state, prices, failure, participant ids and cancellation origin. */
    void save(Order order);

    /** The order this customer created with this key: keys of different customers never meet. */
    Optional<IdempotentRequest> findByIdempotencyKey(String customer, String idempotencyKey);

    /** Newest first; only this owner's orders when an owner is given. */
    Page page(Optional<String> owner, int page, int size);

    /** The order an idempotency key created, with the fingerprint of the request that created it. */
    record IdempotentRequest(OrderId orderId, String requestFingerprint) {
    }

    record Page(List<Order> items, long total) {
    }
}
