package io.orderflow.relay;

import static io.orderflow.relay.RelayTestSupport.consumeAtLeast;
import static io.orderflow.relay.RelayTestSupport.count;
import static io.orderflow.relay.RelayTestSupport.eventIds;
import static io.orderflow.relay.RelayTestSupport.exec;
import static io.orderflow.relay.RelayTestSupport.insertEvents;
import static io.orderflow.relay.RelayTestSupport.newAggregateType;
import static io.orderflow.relay.RelayTestSupport.newOutboxDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retention: old rows go, in bounded statements, without losing an event in either mode. */
class OutboxHousekeepingIT {

    @Test
    void inDebeziumModeARowDeletedRightAfterCommitStillReachesKafkaAndTheDeleteSendsNothing() throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        RelayConfig config = RelayTestSupport.config(db, RelayMode.DEBEZIUM, "RELAY_OUTBOX_RETENTION", "PT0S");
        try (OutboxRelay relay = OutboxRelay.start(config)) {
            await().atMost(Duration.ofSeconds(60)).until(relay::allStreaming);
            List<UUID> deleted = insertEvents(db, type, 3);
            assertThat(OutboxHousekeeping.sweep(config, db)).isEqualTo(3);
            assertThat(count(db, "true")).isZero();
            // Written after the deletes, so once it is on Kafka the deletes have been read too.
            insertEvents(db, type + "x", 1);
            consumeAtLeast(type + "x.events", 1);
            List<UUID> ids = eventIds(consumeAtLeast(type + ".events", 3));
            assertThat(ids).as("each deleted row once, and no record for a delete")
                    .containsExactlyInAnyOrderElementsOf(deleted);
        }
    }

    @Test
    void inDebeziumModeEveryRowOlderThanTheRetentionGoesInBatches() throws Exception {
        String db = newOutboxDatabase();
        seedOldAndNewRows(db);
        RelayConfig config = RelayTestSupport.config(db, RelayMode.DEBEZIUM);
        assertThat(OutboxHousekeeping.sweep(config, db)).isEqualTo(2 * OutboxHousekeeping.BATCH + 503);
        assertThat(count(db, "true")).isEqualTo(1);
        assertThat(count(db, "occurred_at > now() - interval '1 day'")).isEqualTo(1);
    }

    @Test
    void inPollingModeOnlyPublishedRowsOlderThanTheRetentionGo() throws Exception {
        String db = newOutboxDatabase();
        seedOldAndNewRows(db);
        RelayConfig config = RelayTestSupport.config(db, RelayMode.POLLING, "RELAY_OUTBOX_RETENTION", "7d");
        assertThat(OutboxHousekeeping.sweep(config, db)).isEqualTo(2 * OutboxHousekeeping.BATCH + 500);
        assertThat(count(db, "true")).as("an old unsent row, an old dead row, the recent row").isEqualTo(3 + 1);
        assertThat(count(db, "published_at IS NULL AND dead_at IS NULL")).isEqualTo(2);
        assertThat(count(db, "dead_at IS NOT NULL")).isEqualTo(1);
    }

    /**
     * 2,500 published rows 8 days old, 2 old unsent rows, 1 old dead row, and 1 published row of today:
     * more than two delete statements' worth.
     */
    private static void seedOldAndNewRows(String db) throws Exception {
        String type = newAggregateType();
        exec(db, "INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, payload, occurred_at, "
                + "published_at) SELECT gen_random_uuid(), '" + type + "', 'w-' || n, 'WidgetMade', 1, '{}'::jsonb, "
                + "now() - interval '8 days', now() - interval '8 days' FROM generate_series(1, 2500) n");
        exec(db, "INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, payload, occurred_at) "
                + "SELECT gen_random_uuid(), '" + type + "', 'unsent-' || n, 'WidgetMade', 1, '{}'::jsonb, "
                + "now() - interval '8 days' FROM generate_series(1, 2) n");
        exec(db, "INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, payload, occurred_at, "
                + "attempts, dead_at) VALUES (gen_random_uuid(), '" + type + "', 'dead', 'WidgetMade', 1, '{}', "
                + "now() - interval '8 days', 20, now() - interval '7 days')");
        exec(db, "INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, payload, published_at) "
                + "VALUES (gen_random_uuid(), '" + type + "', 'recent', 'WidgetMade', 1, '{}', now())");
    }
}
