package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.payment.application.OrderLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The order lock as a PostgreSQL transaction-level advisory lock; it is released by commit or rollback. */
@ApplicationScoped
public class PostgresOrderLock implements OrderLock {

    private final EntityManager entityManager;

    public PostgresOrderLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForTransaction(UUID orderId) {
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, keyOf(orderId))
                .getSingleResult();
    }

    /**
     * Both halves, so that time-ordered ids (whose high bits are mostly a timestamp) spread as well as
     * random ones; two orders sharing a key only wait for each other.
     */
    static long keyOf(UUID orderId) {
        return orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits();
    }
}
