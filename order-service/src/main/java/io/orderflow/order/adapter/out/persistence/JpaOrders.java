package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.application.Orders;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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
        return withLines(id).map(OrderMapping::toDomain);
    }

    @Override
    public Optional<String> ownerOf(OrderId id) {
        return OrderEntity.getEntityManager()
                .createQuery("select o.customerId from OrderEntity o where o.id = ?1", String.class)
                .setParameter(1, id.value()).getResultList().stream().findFirst();
    }

    @Override
    public Order lock(OrderId id) {
        // The row lock comes first: PostgreSQL refuses FOR UPDATE on the outer-joined select of the lines.
        List<?> locked = OrderEntity.getEntityManager()
                .createNativeQuery("SELECT id FROM orders WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id.value()).getResultList();
        if (locked.isEmpty()) {
            throw new OrderNotFoundException(id);
        }
        return withLines(id).map(OrderMapping::toDomain).orElseThrow(() -> new OrderNotFoundException(id));
    }

    /**
     * The order and its lines in one statement. Every caller runs in a transaction of its own (the ledger's
     * steps are REQUIRES_NEW), so the session holds no earlier copy and this is the order as committed now.
     */
    private static Optional<OrderEntity> withLines(OrderId id) {
        return OrderEntity.getEntityManager()
                .createQuery("select o from OrderEntity o left join fetch o.lines where o.id = ?1", OrderEntity.class)
                .setParameter(1, id.value()).getResultList().stream().findFirst();
    }

    @Override
    public void save(Order order) {
        OrderMapping.update(entity(order.id()), order);
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

    private static OrderEntity entity(OrderId id) {
        OrderEntity entity = OrderEntity.findById(id.value());
        if (entity == null) {
            throw new OrderNotFoundException(id);
        }
        return entity;
    }
}
