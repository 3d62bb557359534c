package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import java.util.Optional;

/** Port: where orders are kept. */
public interface OrderRepository {

    void add(Order order, String idempotencyKey, String requestFingerprint, String paymentToken);

    Optional<Order> find(OrderId id);

    Optional<IdempotentRequest> findByIdempotencyKey(String idempotencyKey);

    /** The order an idempotency key created, with the fingerprint of the request that created it. */
    record IdempotentRequest(OrderId orderId, String requestFingerprint) {
    }
}
