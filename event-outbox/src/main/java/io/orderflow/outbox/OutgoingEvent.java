package io.orderflow.outbox;

import java.util.Objects;

/**
 * A domain event ready for the outbox: the aggregate it belongs to (topic and Kafka key), its type,
 * the schema version of its payload and the payload itself (serialised to JSON).
 */
public record OutgoingEvent(String aggregateType, String aggregateId, String type, int schemaVersion, Object payload) {

    public OutgoingEvent {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1");
        }
    }
}
