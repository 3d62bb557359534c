package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.outbox.TransactionSql;
import io.orderflow.payment.application.CancelledOrders;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Cancelled orders in the {@code payment_cancellations} table. */
@ApplicationScoped
public class SqlCancelledOrders implements CancelledOrders {

    private final TransactionSql sql;

    public SqlCancelledOrders(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public void add(UUID orderId, Instant requestedAt) {
        sql.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment_cancellations "
                    + "(order_id, requested_at) VALUES (?, ?) ON CONFLICT (order_id) DO NOTHING")) {
                insert.setObject(1, orderId);
                insert.setObject(2, requestedAt.atOffset(ZoneOffset.UTC));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public boolean contains(UUID orderId) {
        return sql.run(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM payment_cancellations WHERE order_id = ?")) {
                select.setObject(1, orderId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }
}
