package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.PaymentTokens;
import io.orderflow.order.domain.OrderId;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;

/** Payment tokens in a table of their own, beside (never inside) the order's row. */
@ApplicationScoped
public class SqlPaymentTokens implements PaymentTokens {

    private final TransactionSql sql;

    public SqlPaymentTokens(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public void keep(OrderId id, String paymentToken) {
        sql.update("INSERT INTO order_payment_tokens (order_id, payment_token) VALUES (?, ?)", id.value(),
                paymentToken);
    }

    @Override
    public String tokenFor(OrderId id) {
        return sql.text("SELECT payment_token FROM order_payment_tokens WHERE order_id = ?", id.value())
                .orElseThrow(() -> new IllegalStateException("order " + id + " has no payment token"));
    }
}
