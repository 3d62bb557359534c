package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.payment.application.CancelledOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** Cancelled orders in the {@code payment_cancellations} table. */
@ApplicationScoped
public class SqlCancelledOrders implements CancelledOrders {

    private final EntityManager entityManager;

    public SqlCancelledOrders(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void add(UUID orderId, Instant requestedAt) {
        entityManager.createNativeQuery("INSERT INTO payment_cancellations (order_id, requested_at) "
                        + "VALUES (?1, ?2) ON CONFLICT (order_id) DO NOTHING")
                .setParameter(1, orderId)
                .setParameter(2, requestedAt)
                .executeUpdate();
    }

    @Override
    public boolean contains(UUID orderId) {
        // No result class: with one, Hibernate ORM adds a query plan per call and every later lookup compares
        // against them all (half of this service's CPU under load, docs/performance.md).
        return !entityManager.createNativeQuery("SELECT 1 FROM payment_cancellations WHERE order_id = ?1")
                .setParameter(1, orderId)
                .getResultList().isEmpty();
    }
}
