package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.CancelledOrders;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The {@code order_cancellations} table. */
@ApplicationScoped
public class SqlCancelledOrders implements CancelledOrders {

    private final TransactionSql sql;

    public SqlCancelledOrders(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(OrderId orderId, Instant cancelledAt) {
        // ON CONFLICT rather than catching a key violation: a repeated cancellation must not abort the transaction.
        return sql.update("INSERT INTO order_cancellations (order_id, cancelled_at) VALUES (?, ?) "
                + "ON CONFLICT (order_id) DO NOTHING", orderId.value(), cancelledAt) == 1;
    }

    @Override
    public boolean contains(OrderId orderId) {
        return sql.exists("SELECT 1 FROM order_cancellations WHERE order_id = ?", orderId.value());
    }
}
