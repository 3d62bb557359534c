package io.orderflow.payment.domain;

/** Fact: a captured payment was paid back in full, and its shipment request cancelled. Schema version 1. */
public record PaymentRefunded(String paymentId, String orderId, long amountMinor, String currency,
                              boolean fulfillmentCancelled) implements PaymentEvent {

    public static final String TYPE = "PaymentRefunded";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static PaymentRefunded of(Payment payment, boolean fulfillmentCancelled) {
        PaymentDetails d = payment.details();
        return new PaymentRefunded(payment.id().toString(), d.orderId().toString(), d.amount().amountMinor(),
                d.amount().currency(), fulfillmentCancelled);
    }
}
