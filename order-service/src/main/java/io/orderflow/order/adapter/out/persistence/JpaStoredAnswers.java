package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.StoredAnswers;
import io.orderflow.order.domain.OrderId;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Stored answers in the order's row. */
@ApplicationScoped
public class JpaStoredAnswers implements StoredAnswers {

    private final TransactionSql sql;

    public JpaStoredAnswers(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<StoredAnswer> find(OrderId id) {
        // A projection, not the entity: always the committed value, whatever the session holds.
        return OrderEntity.getEntityManager().createQuery("select o.responseStatus, o.responseType, o.responseBody "
                        + "from OrderEntity o where o.id = ?1 and o.responseStatus is not null", Object[].class)
                .setParameter(1, id.value()).getResultList().stream().findFirst()
                .map(row -> new StoredAnswer((Integer) row[0], (String) row[1], (String) row[2]));
    }

    @Override
    public boolean keepFirst(OrderId id, StoredAnswer answer) {
        return sql.update("UPDATE orders SET response_status = ?, response_type = ?, response_body = ? "
                + "WHERE id = ? AND response_status IS NULL", answer.status(), answer.contentType(), answer.body(),
                id.value()) == 1;
    }
}
