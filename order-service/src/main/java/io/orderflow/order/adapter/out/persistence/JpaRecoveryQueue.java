package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.RecoveryQueue;
import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.rest.BoundedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Recovery bookkeeping in the order's row: attempts, next attempt, last error, attention flag. */
@ApplicationScoped
public class JpaRecoveryQueue implements RecoveryQueue {

    private static final int MAX_ERROR_LENGTH = 1000;
    private static final List<OrderStatus> UNFINISHED = List.of(OrderStatus.NEW, OrderStatus.RESERVED,
            OrderStatus.PAID, OrderStatus.CANCELLING);

    @Override
    public int attempts(OrderId id) {
        // A projection, not the entity: the committed count, whatever the session holds.
        return OrderEntity.getEntityManager()
                .createQuery("select o.attempts from OrderEntity o where o.id = ?1", Integer.class)
                .setParameter(1, id.value()).getResultList().stream().findFirst()
                .orElseThrow(() -> new OrderNotFoundException(id));
    }

    @Override
    public int recordAttempt(OrderId id, String error, Instant nextAttemptAt) {
        // A request and recovery workers (of this or another copy) may record an attempt on one order at once:
        // one statement counts on in the row itself, so none of them fails its commit on a stale version.
        // Errors quote other services' answers: never let their text break the write.
        List<?> attempts = OrderEntity.getEntityManager().createNativeQuery("""
                        UPDATE orders SET attempts = attempts + 1, last_error = ?1, next_attempt_at = ?2,
                                          updated_at = ?3, version = version + 1
                        WHERE id = ?4 RETURNING attempts""")
                .setParameter(1, BoundedText.of(error, MAX_ERROR_LENGTH)).setParameter(2, nextAttemptAt)
                .setParameter(3, Instant.now()).setParameter(4, id.value())
                .getResultList();
        if (attempts.isEmpty()) {
            throw new OrderNotFoundException(id);
        }
        return ((Number) attempts.get(0)).intValue();
    }

    @Override
    public Progress progress(OrderId id) {
        OrderEntity e = OrderEntity.findById(id.value());
        if (e == null) {
            return new Progress(0, null, null, false);
        }
        return new Progress(e.attempts, e.lastError, e.nextAttemptAt, e.needsAttention);
    }

    @Override
    public void markNeedsAttention(OrderId id) {
        OrderEntity.update("needsAttention = true where id = ?1", id.value());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OrderId> claimDue(Instant now, Instant staleBefore, Instant leaseUntil, int limit) {
        List<UUID> ids = OrderEntity.getEntityManager().createNativeQuery("""
                        SELECT id FROM orders
                        WHERE status IN ('NEW', 'RESERVED', 'PAID', 'CANCELLING') AND NOT needs_attention
                          AND (next_attempt_at <= ?1 OR (next_attempt_at IS NULL AND updated_at < ?2))
                        ORDER BY coalesce(next_attempt_at, updated_at)
                        LIMIT ?3
                        FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, now).setParameter(2, staleBefore).setParameter(3, limit)
                .getResultList();
        if (!ids.isEmpty()) {
            OrderEntity.update("nextAttemptAt = ?1 where id in ?2", leaseUntil, ids);
        }
        return ids.stream().map(OrderId::new).toList();
    }

    @Override
    public List<Attention> needingAttention() {
        return OrderEntity.<OrderEntity>find("needsAttention = true and status in ?1 order by updatedAt", UNFINISHED)
                .list().stream()
                .map(e -> new Attention(new OrderId(e.id), e.status.name(), e.attempts, e.lastError, e.updatedAt))
                .toList();
    }

    @Override
    public void restart(OrderId id, Instant nextAttemptAt) {
        OrderEntity.update("needsAttention = false, attempts = 0, nextAttemptAt = ?1 where id = ?2", nextAttemptAt,
                id.value());
    }
}
