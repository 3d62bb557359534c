package io.orderflow.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Remembers which events a consumer has applied, in the same transaction as the effect. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the event for this consumer; false when it was recorded before, in which case the
     * caller must skip the effect (a redelivery).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String eventType, String consumer) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO inbox (event_id, consumer, event_type) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .setParameter(3, eventType)
                .executeUpdate();
        return inserted == 1;
    }
}
