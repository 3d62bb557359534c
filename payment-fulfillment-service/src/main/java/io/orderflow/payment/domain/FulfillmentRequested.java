package io.orderflow.payment.domain;

/** Fact: a paid order is to be shipped to this address. Schema version 1. */
public record FulfillmentRequested(String fulfillmentId, String orderId, String paymentId, String shippingAddress) implements PaymentEvent {

    public static final String TYPE = "FulfillmentRequested";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static FulfillmentRequested of(Fulfillment fulfillment) {
        return new FulfillmentRequested(fulfillment.id().toString(), fulfillment.orderId().toString(),
                fulfillment.paymentId().toString(), fulfillment.shippingAddress());
    }
}
