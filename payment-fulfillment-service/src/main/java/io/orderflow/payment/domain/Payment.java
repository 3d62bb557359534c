package io.orderflow.payment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One order's payment. It is recorded PENDING before the provider is called, so a charge made just
 * before a crash can still be found (by the idempotency key, which is also the provider's key).
 */
public final class Payment {

    private final PaymentId id;
    private final PaymentDetails details;
    private final String idempotencyKey;
    private final Instant createdAt;
    private PaymentStatus status;
    private String providerChargeId;
    private String declineReason;

    private Payment(PaymentId id, PaymentDetails details, String idempotencyKey, Instant createdAt,
                    PaymentStatus status, String providerChargeId, String declineReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.idempotencyKey = requireText(idempotencyKey, "idempotency key");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.providerChargeId = providerChargeId;
        this.declineReason = declineReason;
    }

    /** A new payment, not yet sent to the provider. */
    public static Payment start(PaymentId id, PaymentDetails details, String idempotencyKey, Instant now) {
        return new Payment(id, details, idempotencyKey, now, PaymentStatus.PENDING, null, null);
    }

    /** Rebuilds a payment from storage. */
    public static Payment restore(PaymentId id, PaymentDetails details, String idempotencyKey, Instant createdAt,
                                  PaymentStatus status, String providerChargeId, String declineReason) {
        return new Payment(id, details, idempotencyKey, createdAt, status, providerChargeId, declineReason);
    }

    public void capture(String chargeId) {
        requireText(chargeId, "provider charge id");
        moveTo(PaymentStatus.CAPTURED);
        providerChargeId = chargeId;
    }

    public void decline(String reason) {
        requireText(reason, "decline reason");
        moveTo(PaymentStatus.DECLINED);
        declineReason = reason;
    }

    public void refund() {
        moveTo(PaymentStatus.REFUNDED);
    }

    /** The key the provider refund is made with: one per payment, so a repeated refund is a no-op there too. */
    public String refundIdempotencyKey() {
        return "refund-" + id;
    }

    private void moveTo(PaymentStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("payment", id, status, target);
        }
        status = target;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + name + " is required");
        }
        return value;
    }

    public PaymentId id() {
        return id;
    }

    public PaymentDetails details() {
        return details;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PaymentStatus status() {
        return status;
    }

    public String providerChargeId() {
        return providerChargeId;
    }

    public String declineReason() {
        return declineReason;
    }
}
