package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.application.Orders;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Orders in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class JpaOrders implements Orders {

    @Override
    public void add(Order order, String customer, String idempotencyKey, String requestFingerprint) {
        OrderEntity entity = OrderMapping.newEntity(order);
        entity.customerId = customer;
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
    public Optional<String> ownerOf(OrderId id) {
        return OrderEntity.getEntityManager()
                .createQuery("select o.customerId from OrderEntity o where o.id = ?1", String.class)
                .setParameter(1, id.value()).getResultStream().findFirst();
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
    static OrderEntity fresh(OrderEntity entity) {
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
    public Optional<IdempotentRequest> findByIdempotencyKey(String customer, String idempotencyKey) {
        return OrderEntity.<OrderEntity>find("customerId = ?1 and idempotencyKey = ?2", customer, idempotencyKey)
                .firstResultOptional()
                .map(e -> new IdempotentRequest(new OrderId(e.id), e.requestFingerprint));
    }

    @Override
    public Page page(Optional<String> owner, int page, int size) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var query = owner.map(o -> OrderEntity.<OrderEntity>find("customerId", newestFirst, o))
                .orElseGet(() -> OrderEntity.findAll(newestFirst))
                .page(io.quarkus.panache.common.Page.of(page, size));
        return new Page(query.list().stream().map(OrderMapping::toDomain).toList(), query.count());
    }

    static OrderEntity entity(OrderId id, LockModeType lock) {
        OrderEntity entity = OrderEntity.findById(id.value(), lock);
        if (entity == null) {
            throw new OrderNotFoundException(id);
        }
        return entity;
    }
}
