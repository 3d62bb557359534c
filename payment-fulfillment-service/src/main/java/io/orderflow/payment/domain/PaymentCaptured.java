package io.orderflow.payment.domain;

/** Fact: the provider charged the customer for an order. Schema version 1. */
public record PaymentCaptured(String paymentId, String orderId, String reservationId, long amountMinor,
                              String currency, String providerChargeId) implements PaymentEvent {

    public static final String TYPE = "PaymentCaptured";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static PaymentCaptured of(Payment payment) {
        PaymentDetails d = payment.details();
        return new PaymentCaptured(payment.id().toString(), d.orderId().toString(), d.reservationId().toString(),
                d.amount().amountMinor(), d.amount().currency(), payment.providerChargeId());
    }
}
