package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.CancelledOrders;
import io.orderflow.inventory.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** The {@code order_cancellations} table. */
@ApplicationScoped
public class SqlCancelledOrders implements CancelledOrders {

    private final EntityManager entityManager;

    public SqlCancelledOrders(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean add(OrderId orderId, Instant cancelledAt) {
        // ON CONFLICT rather than catching a key violation: a repeated cancellation must not abort the transaction.
        return entityManager.createNativeQuery("""
                        INSERT INTO order_cancellations (order_id, cancelled_at) VALUES (?1, ?2)
                        ON CONFLICT (order_id) DO NOTHING""")
                .setParameter(1, orderId.value())
                .setParameter(2, cancelledAt)
                .executeUpdate() == 1;
    }

    @Override
    public boolean contains(OrderId orderId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM order_cancellations WHERE order_id = ?1")
                .setParameter(1, orderId.value())
                .getResultList().isEmpty();
    }
}
