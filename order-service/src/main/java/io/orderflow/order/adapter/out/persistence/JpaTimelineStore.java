package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.TimelineStore;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaTimelineStore implements TimelineStore {

    private final EntityManager em;

    public JpaTimelineStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(TimelineEntry e) {
        em.createNativeQuery("""
                        INSERT INTO order_timeline (event_id, order_id, service, event_type, occurred_at, received_at,
                                                    correlation_id, summary)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, e.eventId()).setParameter(2, e.orderId().value()).setParameter(3, e.service())
                .setParameter(4, e.type()).setParameter(5, e.occurredAt()).setParameter(6, e.receivedAt())
                .setParameter(7, e.correlationId()).setParameter(8, e.summary())
                .executeUpdate();
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
