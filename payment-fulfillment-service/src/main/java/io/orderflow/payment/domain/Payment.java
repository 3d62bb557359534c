package io.orderflow.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One order's payment. It is recorded PENDING before the provider is called, so a charge made just
 * before a crash can still be found (by the idempotency key, which is also the provider's key).
 */
public final class Payment {

    /** Longest decline or void reason kept; longer text from the provider is cut. */
    public static final int MAX_REASON_LENGTH = 500;

    private final PaymentId id;
    private final PaymentDetails details;
    private final String idempotencyKey;
    private final Instant createdAt;
    private PaymentStatus status;
    private String providerChargeId;
    private String declineReason;
    private String voidReason;
    private ChargeAttempts chargeAttempts;

    private Payment(PaymentId id, PaymentDetails details, String idempotencyKey, Instant createdAt,
                    PaymentStatus status, ChargeAttempts chargeAttempts) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.idempotencyKey = requireText(idempotencyKey, "idempotency key");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.chargeAttempts = Objects.requireNonNull(chargeAttempts, "chargeAttempts");
    }

    /** A new payment about to be sent to the provider: that sending is its first charge attempt. */
    public static Payment start(PaymentId id, PaymentDetails details, String idempotencyKey, Instant now) {
        return new Payment(id, details, idempotencyKey, now, PaymentStatus.PENDING, ChargeAttempts.first(now));
    }

    /** Rebuilds a payment from storage. */
    public static Payment restore(PaymentId id, PaymentDetails details, String idempotencyKey, Instant createdAt,
                                  PaymentStatus status, ChargeAttempts chargeAttempts, Outcome outcome) {
        Payment payment = new Payment(id, details, idempotencyKey, createdAt, status, chargeAttempts);
        payment.providerChargeId = outcome.providerChargeId();
        payment.declineReason = outcome.declineReason();
        payment.voidReason = outcome.voidReason();
        return payment;
    }

    /** What settled the payment, as stored: each part is null until the matching transition. */
    public record Outcome(String providerChargeId, String declineReason, String voidReason) {
    }

    /** Notes that the payment is sent to the provider again; only a PENDING payment is charged. */
    public void attemptCharge(Instant now) {
        requirePending();
        chargeAttempts = chargeAttempts.started(now);
    }

    /** Counts an attempt the provider gave no usable answer to. */
    public void chargeFailed() {
        requirePending();
        chargeAttempts = chargeAttempts.withOneMoreFailure();
    }

    private void requirePending() {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalTransitionException("payment", id, status, PaymentStatus.PENDING);
        }
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

    /** Ends a PENDING payment the provider never charged; the caller has made sure no charge can still land. */
    public void voidUncharged(String reason) {
        requireText(reason, "void reason");
        moveTo(PaymentStatus.VOIDED);
        voidReason = reason;
    }

    public void refund() {
        moveTo(PaymentStatus.REFUNDED);
    }

    /** The key the provider refund is made with: one per payment, so a repeated refund is a no-op there too. */
    public String refundIdempotencyKey() {
        return "refund-" + id;
    }

    /** Why the payment ended without taking money: the decline or void reason; null otherwise. */
    public String failureReason() {
        return declineReason != null ? declineReason : voidReason;
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

    public String voidReason() {
        return voidReason;
    }

    public ChargeAttempts chargeAttempts() {
        return chargeAttempts;
    }
}
