package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where orders are kept. */
public interface OrderRepository {

    void add(Order order, String idempotencyKey, String requestFingerprint, String paymentToken);

    Optional<Order> find(OrderId id);

    /** Loads the order and locks its row until the transaction ends. */
    Order lock(OrderId id);

    /** Writes the order's state, prices, failure and participant ids. */
    void save(Order order);

    Optional<IdempotentRequest> findByIdempotencyKey(String idempotencyKey);

    String paymentToken(OrderId id);

    /** Notes a step that could not be settled, for the recovery worker. */
    void recordAttempt(OrderId id, String error, Instant nextAttemptAt);

    Optional<StoredResponse> storedResponse(OrderId id);

    /** Keeps the answer given to the creating request; the first answer stored wins. */
    void storeResponse(OrderId id, StoredResponse response);

    /** Newest first. */
    Page page(int page, int size);

    /** The order an idempotency key created, with the fingerprint of the request that created it. */
    record IdempotentRequest(OrderId orderId, String requestFingerprint) {
    }

    /** An HTTP answer as it was sent. */
    record StoredResponse(int status, String contentType, String body) {
    }

    record Page(List<Order> items, long total) {
    }
}
