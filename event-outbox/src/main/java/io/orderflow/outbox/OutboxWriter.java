package io.orderflow.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.MDC;

/** Appends events to the outbox inside the caller's transaction; the relay publishes them. */
@ApplicationScoped
public class OutboxWriter {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    @Inject
    public OutboxWriter(EntityManager entityManager, ObjectMapper objectMapper) {
        this(entityManager, objectMapper, Clock.systemUTC());
    }

    OutboxWriter(EntityManager entityManager, ObjectMapper objectMapper, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Writes the event in the current transaction and returns its event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(OutgoingEvent event) {
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        OutboxEventEntity row = new OutboxEventEntity();
        row.id = eventId;
        row.aggregateType = event.aggregateType();
        row.aggregateId = event.aggregateId();
        row.type = event.type();
        row.schemaVersion = event.schemaVersion();
        row.occurredAt = now;
        row.traceparent = currentTraceparent();
        row.correlationId = currentCorrelationId();
        row.payload = toJson(new EventEnvelope(eventId, event.type(), event.schemaVersion(), event.aggregateType(),
                event.aggregateId(), now, objectMapper.valueToTree(event.payload())));
        entityManager.persist(row);
        return eventId;
    }

    private String toJson(EventEnvelope envelope) {
        try {
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + envelope.type() + " cannot be written as JSON", e);
        }
    }

    /** The correlation id the request filter put in the logging context, or null outside a request. */
    private static String currentCorrelationId() {
        Object id = MDC.get("correlationId");
        return id == null ? null : id.toString();
    }

    /** W3C traceparent of the span that caused the event, so consumers continue the same trace. */
    private static String currentTraceparent() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
