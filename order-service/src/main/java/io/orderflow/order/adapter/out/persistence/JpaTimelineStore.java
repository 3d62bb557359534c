package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.TimelineStore;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.TimelineEntry;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaTimelineStore implements TimelineStore {

    private final EntityManager em;
    private final TransactionSql sql;

    public JpaTimelineStore(EntityManager em, TransactionSql sql) {
        this.em = em;
        this.sql = sql;
    }

    /** One batch of inserts: the driver sends them in one round trip. */
    @Override
    public void add(List<TimelineEntry> entries) {
        sql.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                                                correlation_id, summary)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")) {
                for (TimelineEntry e : entries) {
                    TransactionSql.bind(insert, e.eventId(), e.orderId().value(), e.service(), e.type(), e.occurredAt(),
                            e.receivedAt(), e.correlationId(), e.summary());
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    @Override
    public List<TimelineEntry> of(OrderId orderId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT event_id, service, event_type, occurred_at, received_at, correlation_id, summary
                        FROM order_timeline WHERE order_id = ?1 ORDER BY occurred_at, received_at""")
                .setParameter(1, orderId.value()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new TimelineEntry((UUID) r[0], orderId, (String) r[1],
                (String) r[2], instant(r[3]), instant(r[4]), (String) r[5], (String) r[6])).toList();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
