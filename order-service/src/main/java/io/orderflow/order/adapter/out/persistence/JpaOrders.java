package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.application.Orders;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.outbox.TransactionSql;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Orders in PostgreSQL: created, read, locked and saved by the saga in plain SQL ({@link OrderRows},
 * {@link TransactionSql}); listed through Hibernate ORM with Panache.
 */
@ApplicationScoped
public class JpaOrders implements Orders {

    private final TransactionSql sql;

    public JpaOrders(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public void add(Order order, String customer, String idempotencyKey, String requestFingerprint) {
        sql.run(connection -> {
            OrderRows.insert(connection, order, customer, idempotencyKey, requestFingerprint);
            return null;
        });
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return sql.run(connection -> OrderRows.read(connection, id, false));
    }

    @Override
    public Optional<String> ownerOf(OrderId id) {
        return OrderEntity.getEntityManager()
                .createQuery("select o.customerId from OrderEntity o where o.id = ?1", String.class)
                .setParameter(1, id.value()).getResultList().stream().findFirst();
    }

    @Override
    public Order lock(OrderId id) {
        return sql.run(connection -> OrderRows.read(connection, id, true))
                .orElseThrow(() -> new OrderNotFoundException(id));
    }

    @Override
    public void save(Order order) {
        sql.run(connection -> {
            OrderRows.write(connection, order);
            return null;
        });
    }

    @Override
    public Optional<IdempotentRequest> findByIdempotencyKey(String customer, String idempotencyKey) {
        return sql.run(connection -> OrderRows.byIdempotencyKey(connection, customer, idempotencyKey));
    }

    @Override
    public Page page(Optional<String> owner, int page, int size) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var query = owner.map(o -> OrderEntity.<OrderEntity>find("customerId", newestFirst, o))
                .orElseGet(() -> OrderEntity.findAll(newestFirst))
                .page(io.quarkus.panache.common.Page.of(page, size));
        return new Page(query.list().stream().map(OrderMapping::toDomain).toList(), query.count());
    }
}
