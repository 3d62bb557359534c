package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.StoredAnswers;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Stored answers in the order's row. */
@ApplicationScoped
public class JpaStoredAnswers implements StoredAnswers {

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
        return 1 == OrderEntity.update("responseStatus = ?1, responseType = ?2, responseBody = ?3 "
                        + "where id = ?4 and responseStatus is null",
                answer.status(), answer.contentType(), answer.body(), id.value());
    }
}
