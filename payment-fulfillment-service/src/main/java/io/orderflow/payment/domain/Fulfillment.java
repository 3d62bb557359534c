package io.orderflow.payment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The request to ship a paid order; it exists exactly when its payment was captured. */
public final class Fulfillment {

    private final FulfillmentId id;
    private final UUID orderId;
    private final PaymentId paymentId;
    private final String shippingAddress;
    private final Instant createdAt;
    private FulfillmentStatus status;

    private Fulfillment(FulfillmentId id, UUID orderId, PaymentId paymentId, String shippingAddress,
                        Instant createdAt, FulfillmentStatus status) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.paymentId = Objects.requireNonNull(paymentId, "paymentId");
        this.shippingAddress = Objects.requireNonNull(shippingAddress, "shippingAddress");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
    }

    /** The shipment request for a payment that has just been captured. */
    public static Fulfillment requestFor(Payment payment, FulfillmentId id, Instant now) {
        if (payment.status() != PaymentStatus.CAPTURED) {
            throw new IllegalStateException("payment " + payment.id() + " is " + payment.status()
                    + "; only a captured payment is shipped");
        }
        return new Fulfillment(id, payment.details().orderId(), payment.id(), payment.details().shippingAddress(),
                now, FulfillmentStatus.REQUESTED);
    }

    /** Rebuilds a fulfillment from storage. */
    public static Fulfillment restore(FulfillmentId id, UUID orderId, PaymentId paymentId, String shippingAddress,
                                      Instant createdAt, FulfillmentStatus status) {
        return new Fulfillment(id, orderId, paymentId, shippingAddress, createdAt, status);
    }

    public void cancel() {
        moveTo(FulfillmentStatus.CANCELLED);
    }

    public void dispatch() {
        moveTo(FulfillmentStatus.DISPATCHED);
    }

    private void moveTo(FulfillmentStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("fulfillment", id, status, target);
        }
        status = target;
    }

    public FulfillmentId id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public PaymentId paymentId() {
        return paymentId;
    }

    public String shippingAddress() {
        return shippingAddress;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public FulfillmentStatus status() {
        return status;
    }
}
