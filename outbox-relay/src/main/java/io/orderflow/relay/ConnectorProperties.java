package io.orderflow.relay;

import java.util.Properties;

/** Debezium Postgres connector plus the outbox event router, for one service database. */
final class ConnectorProperties {

    static final String OUTBOX_TABLE = "public.outbox";

    private ConnectorProperties() {
    }

    /** The replication slot (and publication) the Debezium relay uses in this database. */
    static String slotName(String database) {
        return "outbox_relay_" + database;
    }

    static Properties forDatabase(RelayConfig config, String database) {
        Properties p = new Properties();
        p.setProperty("name", "outbox-relay-" + database);
        p.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
        p.setProperty("offset.storage", "org.apache.kafka.connect.storage.FileOffsetBackingStore");
        p.setProperty("offset.storage.file.filename", config.stateDir().resolve(database + ".offsets").toString());
        // The slot's confirmed position only advances when offsets are flushed.
        p.setProperty("offset.flush.interval.ms", "100");
        p.setProperty("database.hostname", config.dbHost());
        p.setProperty("database.port", Integer.toString(config.dbPort()));
        p.setProperty("database.user", config.dbUser());
        p.setProperty("database.password", config.dbPassword());
        p.setProperty("database.dbname", database);
        p.setProperty("topic.prefix", database);
        p.setProperty("plugin.name", "pgoutput");
        p.setProperty("slot.name", slotName(database));
        p.setProperty("publication.name", slotName(database));
        p.setProperty("publication.autocreate.mode", "filtered");
        p.setProperty("table.include.list", OUTBOX_TABLE);
        p.setProperty("tombstones.on.delete", "false");
        // How long the engine waits for a batch to fill and, when the replication stream is quiet, between reads of
        // it: events wait up to about twice this long. Debezium's queue (3.5, 3.6) also busy-waits up to a millisecond
        // at the end of every wait, so a shorter interval costs CPU even when idle (docs/performance.md, round six).
        p.setProperty("poll.interval.ms", Long.toString(config.debeziumPollInterval().toMillis()));
        p.setProperty("max.batch.size", "2048");
        // First start (no offsets): rows committed before the slot existed are read by the snapshot,
        // so nothing written between the service's migration and the relay's start is lost.
        p.setProperty("snapshot.mode", "initial");
        p.setProperty("transforms", "outbox");
        p.setProperty("transforms.outbox.type", "io.debezium.transforms.outbox.EventRouter");
        p.setProperty("transforms.outbox.route.by.field", "aggregatetype");
        p.setProperty("transforms.outbox.route.topic.replacement", "${routedByValue}.events");
        p.setProperty("transforms.outbox.table.field.event.key", "aggregateid");
        p.setProperty("transforms.outbox.table.expand.json.payload", "false");
        p.setProperty("transforms.outbox.table.fields.additional.placement",
                "id:header:eventId,type:header:eventType,aggregatetype:header:aggregateType,"
                        + "schemaversion:header:schemaVersion,traceparent:header:traceparent,"
                        + "correlation_id:header:correlationId");
        return p;
    }
}
