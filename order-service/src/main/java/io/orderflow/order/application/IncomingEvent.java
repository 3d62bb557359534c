package io.orderflow.order.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.order.domain.OrderId;
import java.time.Instant;
import java.util.UUID;

/**
 * A domain event of any service as a consumer received it: the envelope's identity and the order it is about,
 * the correlation id of the request that caused it (a record header, may be null) and its payload.
 */
public record IncomingEvent(UUID eventId, String type, int schemaVersion, String aggregateType, String orderId,
                            Instant occurredAt, String correlationId, JsonNode data) {

    /** The service that published the event, from the aggregate type its topic is named after. */
    public String service() {
        return switch (aggregateType) {
            case "order" -> "order-service";
            case "inventory" -> "inventory-service";
            case "payment" -> "payment-fulfillment-service";
            default -> aggregateType;
        };
    }

    /** The order the event is about: every topic is keyed by order id. */
    public OrderId order() {
        try {
            return new OrderId(UUID.fromString(orderId));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("aggregateId '" + orderId + "' is not an order id", e);
        }
    }

    /** A text field of the payload, or null when it is missing. */
    public String text(String field) {
        JsonNode node = data.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
