package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import java.time.Instant;
import java.util.List;

/** Port: the bookkeeping of orders whose saga must be tried again: attempts, backoff, claims, attention. */
public interface RecoveryQueue {

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

    /** Unfinished orders recovery gave up on, oldest first. */
    List<Attention> needingAttention();

    /** Clears the flag and the attempt count; recovery takes the order up again at {@code nextAttemptAt}. */
    void restart(OrderId id, Instant nextAttemptAt);

    /** Where recovery stands with the order: attempts so far, the last error, when it tries next, attention. */
    Progress progress(OrderId id);

    /** Recovery's bookkeeping of one order; no attempts and no error while nothing went wrong. */
    record Progress(int attempts, String lastError, Instant nextAttemptAt, boolean needsAttention) {
    }

    /** An order waiting for a person, with what went wrong last. */
    record Attention(OrderId orderId, String status, int attempts, String lastError, Instant updatedAt) {
    }
}
