package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.outbox.TransactionSql;
import io.orderflow.payment.application.OrderLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.UUID;

/** The order lock as a PostgreSQL transaction-level advisory lock; it is released by commit or rollback. */
@ApplicationScoped
public class PostgresOrderLock implements OrderLock {

    private final TransactionSql sql;

    public PostgresOrderLock(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForTransaction(UUID orderId) {
        sql.run(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, keyOf(orderId));
                lock.executeQuery().close();
            }
            return null;
        });
    }

    /**
     * Both halves, so that time-ordered ids (whose high bits are mostly a timestamp) spread as well as
     * random ones; two orders sharing a key only wait for each other.
     */
    static long keyOf(UUID orderId) {
        return orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits();
    }
}
