package io.orderflow.order.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the envelope the outbox writes (see docs/asyncapi.yaml). Anything else is poison: it fails the same way
 * however often it is retried.
 */
@ApplicationScoped
public class EventParser {

    /** Every event type the services publish, with the newest schema version this code reads. */
    static final Map<String, Integer> KNOWN_TYPES = Map.ofEntries(
            Map.entry("OrderPlaced", 1), Map.entry("OrderConfirmed", 1), Map.entry("OrderFailed", 1),
            Map.entry("OrderCancelled", 1), Map.entry("StockReserved", 1), Map.entry("ReservationConfirmed", 1),
            Map.entry("StockReleased", 1), Map.entry("ReservationExpired", 1), Map.entry("PaymentCaptured", 1),
            Map.entry("PaymentDeclined", 1), Map.entry("PaymentRefunded", 1), Map.entry("FulfillmentRequested", 1),
            Map.entry("FulfillmentDispatched", 1));

    private final ObjectMapper json;

    public EventParser(ObjectMapper json) {
        this.json = json;
    }

    /** The event in a record's value; {@code correlationId} is the record's header of that name (or null). */
    public IncomingEvent parse(String value, String correlationId) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("the record has no value");
        }
        JsonNode envelope = readTree(value);
        String type = required(envelope, "type").asText();
        int version = required(envelope, "schemaVersion").asInt(-1);
        Integer newest = KNOWN_TYPES.get(type);
        if (newest == null) {
            throw new PoisonEventException("unknown event type '" + type + "'");
        }
        if (version < 1 || version > newest) {
            throw new PoisonEventException("schema version " + version + " of " + type + " is not readable here (reads 1 to "
                    + newest + ")");
        }
        JsonNode data = required(envelope, "data");
        if (!data.isObject()) {
            throw new PoisonEventException("the envelope's data is not an object");
        }
        return new IncomingEvent(uuid(required(envelope, "eventId").asText()), type, version,
                required(envelope, "aggregateType").asText(), required(envelope, "aggregateId").asText(),
                instant(required(envelope, "occurredAt").asText()), correlationId, data);
    }

    private JsonNode readTree(String value) {
        try {
            JsonNode node = json.readTree(value);
            if (node == null || !node.isObject()) {
                throw new PoisonEventException("the record's value is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the record's value is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode required(JsonNode envelope, String field) {
        JsonNode node = envelope.get(field);
        if (node == null || node.isNull()) {
            throw new PoisonEventException("the envelope has no " + field);
        }
        return node;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("eventId '" + text + "' is not a UUID", e);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("occurredAt '" + text + "' is not an ISO-8601 instant", e);
        }
    }
}
