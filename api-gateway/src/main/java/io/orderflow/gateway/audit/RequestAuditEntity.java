package io.orderflow.gateway.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state-changing request that passed through the gateway. */
@Entity
@Table(name = "request_audit")
public class RequestAuditEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "correlation_id", nullable = false)
    public String correlationId;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public int status;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    public String subject;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
