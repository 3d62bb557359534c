package io.orderflow.payment.domain;

/** Fact: the provider refused to charge for an order; nothing was taken. Schema version 1. */
public record PaymentDeclined(String paymentId, String orderId, String reason) implements PaymentEvent {

    public static final String TYPE = "PaymentDeclined";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static PaymentDeclined of(Payment payment) {
        return new PaymentDeclined(payment.id().toString(), payment.details().orderId().toString(),
                payment.declineReason());
    }
}
