package io.orderflow.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.MDC;

/** Appends events to the outbox inside the caller's transaction; the relay publishes them. */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = "INSERT INTO outbox (id, aggregatetype, aggregateid, type, schemaversion, "
            + "occurred_at, traceparent, correlation_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";

    private final TransactionSql sql;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    @Inject
    public OutboxWriter(TransactionSql sql, ObjectMapper objectMapper) {
        this(sql, objectMapper, Clock.systemUTC());
    }

    OutboxWriter(TransactionSql sql, ObjectMapper objectMapper, Clock clock) {
        this.sql = sql;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Writes the event in the current transaction and returns its event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(OutgoingEvent event) {
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        String payload = toJson(new EventEnvelope(eventId, event.type(), event.schemaVersion(), event.aggregateType(),
                event.aggregateId(), now, objectMapper.valueToTree(event.payload())));
        sql.update(INSERT, eventId, event.aggregateType(), event.aggregateId(), event.type(), event.schemaVersion(),
                now, currentTraceparent(), currentCorrelationId(), payload);
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
