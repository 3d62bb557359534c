package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.application.Orders;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Orders in PostgreSQL: created and listed through Hibernate ORM with Panache; read, locked and saved by the saga
 * in plain SQL ({@link OrderRows}) on the same transaction's connection.
 */
@ApplicationScoped
public class JpaOrders implements Orders {

    private final EntityManager entityManager;

    public JpaOrders(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

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
        return sql(connection -> OrderRows.read(connection, id, false));
    }

    @Override
    public Optional<String> ownerOf(OrderId id) {
        return OrderEntity.getEntityManager()
                .createQuery("select o.customerId from OrderEntity o where o.id = ?1", String.class)
                .setParameter(1, id.value()).getResultList().stream().findFirst();
    }

    @Override
    public Order lock(OrderId id) {
        return sql(connection -> OrderRows.read(connection, id, true)).orElseThrow(() -> new OrderNotFoundException(id));
    }

    @Override
    public void save(Order order) {
        sql(connection -> {
            OrderRows.write(connection, order);
            return null;
        });
    }

    @Override
    public Optional<IdempotentRequest> findByIdempotencyKey(String customer, String idempotencyKey) {
        return sql(connection -> OrderRows.byIdempotencyKey(connection, customer, idempotencyKey));
    }

    @Override
    public Page page(Optional<String> owner, int page, int size) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var query = owner.map(o -> OrderEntity.<OrderEntity>find("customerId", newestFirst, o))
                .orElseGet(() -> OrderEntity.findAll(newestFirst))
                .page(io.quarkus.panache.common.Page.of(page, size));
        return new Page(query.list().stream().map(OrderMapping::toDomain).toList(), query.count());
    }

    /** Runs plain JDBC on the connection of the current transaction; Hibernate flushes nothing for it. */
    private <T> T sql(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
