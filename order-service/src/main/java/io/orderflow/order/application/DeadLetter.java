package io.orderflow.order.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A record a consumer could not process, as parked from its dead-letter topic: where it came from (topic,
 * partition, offset), the record itself, and why it failed.
 */
public record DeadLetter(UUID id, String consumer, String topic, int partition, long offset, String key, String value,
                         Map<String, String> headers, String eventId, String eventType, String reason, String exception,
                         Instant parkedAt, Status status, int replays, String lastReplayError, Instant replayedAt) {

    public enum Status { PARKED, REPLAYED }

    /** The correlation id header of the original record, if it had one. */
    public String correlationId() {
        return headers.get("correlationId");
    }
}
