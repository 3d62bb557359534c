package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.outbox.TransactionSql;
import io.orderflow.payment.application.CancelledOrders;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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
        sql.update("INSERT INTO payment_cancellations (order_id, requested_at) VALUES (?, ?) "
                + "ON CONFLICT (order_id) DO NOTHING", orderId, requestedAt);
    }

    @Override
    public boolean contains(UUID orderId) {
        return sql.exists("SELECT 1 FROM payment_cancellations WHERE order_id = ?", orderId);
    }
}
