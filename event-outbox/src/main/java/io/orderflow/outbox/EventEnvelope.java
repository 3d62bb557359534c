package io.orderflow.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON value of every event on Kafka: identity and type beside the payload, so a consumer
 * can deduplicate and pick the payload's schema version without reading headers.
 */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, String aggregateType, String aggregateId,
                            Instant occurredAt, JsonNode data) {
}
