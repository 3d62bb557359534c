package io.orderflow.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the Debezium-style outbox table, mapped so Hibernate ORM validates the table at start-up; rows are written
 * in plain SQL by {@link OutboxWriter}.
 */
@Entity
@Table(name = "outbox")
public class OutboxEventEntity {

    @Id
    public UUID id;

    @Column(name = "aggregatetype", nullable = false)
    public String aggregateType;

    @Column(name = "aggregateid", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String type;

    @Column(name = "schemaversion", nullable = false)
    public int schemaVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "traceparent")
    public String traceparent;

    @Column(name = "correlation_id")
    public String correlationId;
}
