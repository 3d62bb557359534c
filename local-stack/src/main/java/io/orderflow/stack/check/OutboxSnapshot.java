package io.orderflow.stack.check;

import java.util.List;
import java.util.UUID;

/** The outbox rows still present in the three databases. */
public record OutboxSnapshot(List<Row> rows) {

    /** Written by the load benchmark, which deletes its rows itself. */
    public static final String BENCHMARK = "benchmark";

    /** {@code dead}: the polling relay gave up on the row ({@code dead_at} set), so it will never reach Kafka. */
    public record Row(String database, UUID id, String aggregateType, String aggregateId, String type, boolean dead) {

        public Row(String database, UUID id, String aggregateType, String aggregateId, String type) {
            this(database, id, aggregateType, aggregateId, type, false);
        }

        /** The topic the relay routes this row to. */
        public String topic() {
            return aggregateType + ".events";
        }
    }
}
