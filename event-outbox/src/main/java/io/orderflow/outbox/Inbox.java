package io.orderflow.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
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
        return sql.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO inbox (event_id, consumer, event_type) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setObject(1, eventId);
                insert.setString(2, consumer);
                insert.setString(3, eventType);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Forgets up to {@code batch} deliveries received before {@code cutoff}; returns how many. */
    @Transactional
    public int forgetBefore(Instant cutoff, int batch) {
        return sql.run(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM inbox WHERE ctid IN (SELECT ctid FROM inbox WHERE received_at < ? LIMIT ?)")) {
                delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
                delete.setInt(2, batch);
                return delete.executeUpdate();
            }
        });
    }
}
