package io.orderflow.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

    /** Forgets up to {@code batch} deliveries received before {@code cutoff}; returns how many. */
    @Transactional
    public int forgetBefore(Instant cutoff, int batch) {
        return entityManager.createNativeQuery("""
                        DELETE FROM inbox WHERE ctid IN (SELECT ctid FROM inbox WHERE received_at < ?1 LIMIT ?2)""")
                .setParameter(1, cutoff)
                .setParameter(2, batch)
                .executeUpdate();
    }
}
