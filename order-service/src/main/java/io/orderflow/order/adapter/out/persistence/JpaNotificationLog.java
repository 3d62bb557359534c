package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.CustomerMails;
import io.orderflow.order.application.NotificationLog;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaNotificationLog implements NotificationLog {

    private static final List<String> STATUS_KINDS = Arrays.stream(CustomerMails.Kind.values())
            .filter(CustomerMails.Kind::isStatus).map(Enum::name).toList();

    private final EntityManager em;

    public JpaNotificationLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean record(Decision d) {
        return em.createNativeQuery("""
                        INSERT INTO customer_notifications (event_id, order_id, kind, outcome, recipient, occurred_at,
                                                            decided_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (event_id) DO NOTHING""")
                .setParameter(1, d.eventId()).setParameter(2, d.orderId().value()).setParameter(3, d.kind().name())
                .setParameter(4, d.outcome().name()).setParameter(5, d.recipient()).setParameter(6, d.occurredAt())
                .setParameter(7, d.decidedAt()).executeUpdate() == 1;
    }

    @Override
    public boolean laterStatusMailSent(OrderId id, Instant occurredAt) {
        Number count = (Number) em.createNativeQuery("""
                        SELECT count(*) FROM customer_notifications
                        WHERE order_id = ?1 AND outcome = 'SENT' AND kind IN (?2) AND occurred_at > ?3""")
                .setParameter(1, id.value()).setParameter(2, STATUS_KINDS).setParameter(3, occurredAt)
                .getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public List<Decision> of(OrderId id) {
        List<?> rows = em.createNativeQuery("""
                        SELECT event_id, kind, outcome, recipient, occurred_at, decided_at FROM customer_notifications
                        WHERE order_id = ?1 ORDER BY occurred_at""")
                .setParameter(1, id.value()).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Decision((UUID) r[0], id,
                CustomerMails.Kind.valueOf((String) r[1]), Outcome.valueOf((String) r[2]), (String) r[3],
                JpaTimelineStore.instant(r[4]), JpaTimelineStore.instant(r[5]))).toList();
    }
}
