package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.payment.domain.PaymentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Row of the {@code payments} table. */
@Entity
@Table(name = "payments")
public class PaymentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, unique = true)
    public UUID orderId;

    @Column(name = "idempotency_key", nullable = false, unique = true)
    public String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false)
    public String requestFingerprint;

    @Column(name = "reservation_id", nullable = false)
    public UUID reservationId;

    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;

    @Column(name = "provider_charge_id", unique = true)
    public String providerChargeId;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "void_reason")
    public String voidReason;

    @Column(name = "failed_charge_attempts", nullable = false)
    public int failedChargeAttempts;

    @Column(name = "last_charge_attempt_at", nullable = false)
    public Instant lastChargeAttemptAt;

    @Column(name = "shipping_address", nullable = false)
    public String shippingAddress;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
