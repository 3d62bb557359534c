package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.application.OrderRepository;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
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
        return OrderEntity.<OrderEntity>findByIdOptional(id.value()).map(OrderMapping::toDomain);
    }

    @Override
    public Order lock(OrderId id) {
        return OrderMapping.toDomain(entity(id, LockModeType.PESSIMISTIC_WRITE));
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
    public void recordAttempt(OrderId id, String error, Instant nextAttemptAt) {
        OrderEntity entity = entity(id, LockModeType.NONE);
        entity.attempts++;
        entity.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        entity.nextAttemptAt = nextAttemptAt;
        entity.updatedAt = Instant.now();
    }

    @Override
    public Optional<StoredResponse> storedResponse(OrderId id) {
        OrderEntity entity = entity(id, LockModeType.NONE);
        return entity.responseStatus == null ? Optional.empty()
                : Optional.of(new StoredResponse(entity.responseStatus, entity.responseType, entity.responseBody));
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
