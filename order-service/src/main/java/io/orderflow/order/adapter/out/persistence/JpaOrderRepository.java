package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.application.OrderRepository;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @Override
    public void add(Order order, String idempotencyKey, String requestFingerprint, String paymentToken) {
        OrderEntity entity = OrderMapping.newEntity(order);
        entity.paymentToken = paymentToken;
        entity.idempotencyKey = idempotencyKey;
        entity.requestFingerprint = requestFingerprint;
        entity.persist();
        // Flush now so a concurrent duplicate fails on the unique idempotency key inside this call.
        OrderEntity.getEntityManager().flush();
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return OrderEntity.<OrderEntity>findByIdOptional(id.value()).map(e -> OrderMapping.toDomain(fresh(e)));
    }

    @Override
    public Order lock(OrderId id) {
        List<?> locked = OrderEntity.getEntityManager()
                .createNativeQuery("SELECT id FROM orders WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id.value()).getResultList();
        if (locked.isEmpty()) {
            throw new OrderNotFoundException(id);
        }
        return OrderMapping.toDomain(fresh(entity(id, LockModeType.NONE)));
    }

    /**
     * The session may hold this order from earlier in the request, while other requests and the
     * recovery worker change it; re-read the order and its lines as committed now.
     */
    private static OrderEntity fresh(OrderEntity entity) {
        var em = OrderEntity.getEntityManager();
        em.refresh(entity);
        entity.lines.forEach(em::refresh);
        return entity;
    }

    @Override
    public void save(Order order) {
        OrderMapping.update(entity(order.id(), LockModeType.NONE), order);
    }

    @Override
    public Optional<IdempotentRequest> findByIdempotencyKey(String idempotencyKey) {
        return OrderEntity.<OrderEntity>find("idempotencyKey", idempotencyKey).firstResultOptional()
                .map(e -> new IdempotentRequest(new OrderId(e.id), e.requestFingerprint));
    }

    @Override
    public String paymentToken(OrderId id) {
        return entity(id, LockModeType.NONE).paymentToken;
    }

    @Override
    public int attempts(OrderId id) {
        return fresh(entity(id, LockModeType.NONE)).attempts;
    }

    @Override
    public int recordAttempt(OrderId id, String error, Instant nextAttemptAt) {
        OrderEntity entity = fresh(entity(id, LockModeType.NONE));
        entity.attempts++;
        entity.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        entity.nextAttemptAt = nextAttemptAt;
        entity.updatedAt = Instant.now();
        return entity.attempts;
    }

    @Override
    public void markNeedsAttention(OrderId id) {
        OrderEntity.update("needsAttention = true where id = ?1", id.value());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OrderId> claimDue(Instant now, Instant staleBefore, Instant leaseUntil, int limit) {
        List<java.util.UUID> ids = OrderEntity.getEntityManager().createNativeQuery("""
                        SELECT id FROM orders
                        WHERE status IN ('NEW', 'RESERVED', 'PAID') AND NOT needs_attention
                          AND (next_attempt_at <= ?1 OR (next_attempt_at IS NULL AND updated_at < ?2))
                        ORDER BY coalesce(next_attempt_at, updated_at)
                        LIMIT ?3
                        FOR UPDATE SKIP LOCKED""", java.util.UUID.class)
                .setParameter(1, now).setParameter(2, staleBefore).setParameter(3, limit)
                .getResultList();
        if (!ids.isEmpty()) {
            OrderEntity.update("nextAttemptAt = ?1 where id in ?2", leaseUntil, ids);
        }
        return ids.stream().map(OrderId::new).toList();
    }

    @Override
    public List<Attention> needingAttention() {
        return OrderEntity.<OrderEntity>find("needsAttention = true order by updatedAt").list().stream()
                .map(e -> new Attention(new OrderId(e.id), e.status.name(), e.attempts, e.lastError, e.updatedAt))
                .toList();
    }

    @Override
    public void retryNow(OrderId id, Instant now) {
        OrderEntity.update("needsAttention = false, attempts = 0, nextAttemptAt = ?1 where id = ?2", now, id.value());
    }

    @Override
    public Optional<StoredResponse> storedResponse(OrderId id) {
        // A projection, not the entity: always the committed value, whatever the session holds.
        return OrderEntity.getEntityManager().createQuery("select o.responseStatus, o.responseType, o.responseBody "
                        + "from OrderEntity o where o.id = ?1 and o.responseStatus is not null", Object[].class)
                .setParameter(1, id.value()).getResultStream().findFirst()
                .map(row -> new StoredResponse((Integer) row[0], (String) row[1], (String) row[2]));
    }

    @Override
    public void storeResponse(OrderId id, StoredResponse response) {
        OrderEntity.update("responseStatus = ?1, responseType = ?2, responseBody = ?3 "
                        + "where id = ?4 and responseStatus is null",
                response.status(), response.contentType(), response.body(), id.value());
    }

    @Override
    public Page page(int page, int size) {
        var query = OrderEntity.<OrderEntity>findAll(Sort.descending("createdAt").and("id"))
                .page(io.quarkus.panache.common.Page.of(page, size));
        return new Page(query.list().stream().map(OrderMapping::toDomain).toList(), query.count());
    }

    private static OrderEntity entity(OrderId id, LockModeType lock) {
        OrderEntity entity = OrderEntity.findById(id.value(), lock);
        if (entity == null) {
            throw new OrderNotFoundException(id);
        }
        return entity;
    }
}
