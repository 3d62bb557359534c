package io.orderflow.relay;

import java.util.Locale;

/** How the relay learns about new outbox rows: from the WAL (Debezium) or by querying the table. */
public enum RelayMode {
    /** A Debezium embedded engine per database reads committed rows from logical replication. */
    DEBEZIUM,
    /** Claims unpublished rows with {@code FOR UPDATE SKIP LOCKED} and marks them published. */
    POLLING;

    /** Parses {@code RELAY_MODE}: {@code debezium} or {@code polling}, any case. */
    public static RelayMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("RELAY_MODE must be debezium or polling, not '" + value + "'", e);
        }
    }
}
