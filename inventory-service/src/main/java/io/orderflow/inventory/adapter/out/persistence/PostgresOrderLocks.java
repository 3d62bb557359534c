package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.OrderLocks;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Order locks as PostgreSQL transaction-scoped advisory locks: they need no row, so they also serialise
 * work on an order that has no reservation yet, and they are freed by commit or rollback.
 */
@ApplicationScoped
public class PostgresOrderLocks implements OrderLocks {

    private final TransactionSql sql;

    public PostgresOrderLocks(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public void lockUntilCommit(OrderId orderId) {
        sql.run(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, key(orderId.value()));
                lock.executeQuery().close();
            }
            return null;
        });
    }

    /** Two orders sharing a key only wait for each other; they never see each other's data. */
    static long key(UUID orderId) {
        return orderId.getMostSignificantBits() ^ orderId.getLeastSignificantBits();
    }
}
