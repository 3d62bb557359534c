package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.OrderLocks;
import io.orderflow.inventory.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Order locks as PostgreSQL transaction-scoped advisory locks: they need no row, so they also serialise
 * work on an order that has no reservation yet, and they are freed by commit or rollback.
 */
@ApplicationScoped
public class PostgresOrderLocks implements OrderLocks {

    private final EntityManager entityManager;

    public PostgresOrderLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void lockUntilCommit(OrderId orderId) {
        // Selecting from the void function keeps the result a plain integer Hibernate can map.
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, key(orderId.value()))
                .getSingleResult();
    }

    /** Two orders sharing a key only wait for each other; they never see each other's data. */
    static long key(UUID orderId) {
        return orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits();
    }
}
