package io.orderflow.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Remembers which events a consumer has applied, in the same transaction as the effect. */
@ApplicationScoped
public class Inbox {

    private final TransactionSql sql;

    public Inbox(TransactionSql sql) {
        this.sql = sql;
    }

    /**
     * Records the event for this consumer; false when it was recorded before, in which case the
     * caller must skip the effect (a redelivery).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String eventType, String consumer) {
        return sql.update("INSERT INTO inbox (event_id, consumer, event_type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                eventId, consumer, eventType) == 1;
    }

    /** Forgets up to {@code batch} deliveries received before {@code cutoff}; returns how many. */
    @Transactional
    public int forgetBefore(Instant cutoff, int batch) {
        return sql.update("DELETE FROM inbox WHERE ctid IN (SELECT ctid FROM inbox WHERE received_at < ? LIMIT ?)",
                cutoff, batch);
    }
}
