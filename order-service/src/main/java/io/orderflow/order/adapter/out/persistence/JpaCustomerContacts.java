package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.CustomerContacts;
import io.orderflow.order.domain.OrderId;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The address each order's mails go to, in plain SQL: written with every order, read for every mail. */
@ApplicationScoped
public class JpaCustomerContacts implements CustomerContacts {

    private final TransactionSql sql;

    public JpaCustomerContacts(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public void remember(OrderId id, String email) {
        sql.update("INSERT INTO order_contacts (order_id, email) VALUES (?, ?)", id.value(), email);
    }

    @Override
    public Optional<String> emailOf(OrderId id) {
        return sql.text("SELECT email FROM order_contacts WHERE order_id = ?", id.value());
    }
}
