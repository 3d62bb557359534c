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

    int attempts(OrderId id);

    /** Notes a step that could not be settled; returns how many attempts the order has had. */
    int recordAttempt(OrderId id, String error, Instant nextAttemptAt);

    /** Flags an order recovery gave up on. */
    void markNeedsAttention(OrderId id);

    /**
     * Claims up to {@code limit} unfinished orders that are due (their retry time has come, or they
     * have been untouched since {@code staleBefore}) by moving their retry time to
     * {@code leaseUntil}; rows another worker holds are skipped, so no two workers get one order.
     */
    List<OrderId> claimDue(Instant now, Instant staleBefore, Instant leaseUntil, int limit);

    List<Attention> needingAttention();

    /** Clears the flag and the attempt count so recovery takes the order up again at once. */
    void retryNow(OrderId id, Instant now);

    /** An order waiting for a person, with what went wrong last. */
    record Attention(OrderId orderId, String status, int attempts, String lastError, Instant updatedAt) {
    }

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
