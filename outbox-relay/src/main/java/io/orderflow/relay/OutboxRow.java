package io.orderflow.relay;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** One claimed outbox row, as the polling relay sends it. */
record OutboxRow(UUID id, String aggregateType, String aggregateId, String type, int schemaVersion, String payload,
                 String traceparent, String correlationId, int attempts) {

    /** Rows of one aggregate keep their order; this names the aggregate. */
    String aggregate() {
        return aggregateType + "/" + aggregateId;
    }

    /**
     * The record the Debezium outbox router makes of this row (see {@link ConnectorProperties}): topic
     * {@code <aggregatetype>.events}, key {@code aggregateid}, value the payload's JSON text, the router's own
     * {@code id} header and then the mapped columns as string headers, those whose value is null left out.
     */
    ProducerRecord<String, String> toKafka() {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "id", id.toString());
        add(headers, "eventId", id.toString());
        add(headers, "eventType", type);
        add(headers, "aggregateType", aggregateType);
        add(headers, "schemaVersion", Integer.toString(schemaVersion));
        add(headers, "traceparent", traceparent);
        add(headers, "correlationId", correlationId);
        return new ProducerRecord<>(aggregateType + ".events", null, null, aggregateId, payload, headers);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
