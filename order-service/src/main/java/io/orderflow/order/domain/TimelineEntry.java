package io.orderflow.order.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One step in an order's life as one service announced it. */
public record TimelineEntry(UUID eventId, OrderId orderId, String service, String type, Instant occurredAt,
                           Instant receivedAt, String correlationId, String summary) {

    public static final int MAX_SUMMARY_LENGTH = 500;

    public TimelineEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        summary = summary.length() > MAX_SUMMARY_LENGTH ? summary.substring(0, MAX_SUMMARY_LENGTH) : summary;
    }
}
