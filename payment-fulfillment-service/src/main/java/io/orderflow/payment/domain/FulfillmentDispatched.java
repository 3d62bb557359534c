package io.orderflow.payment.domain;

/** Fact: the goods of a paid order left the warehouse; the order can no longer be cancelled. Schema version 1. */
public record FulfillmentDispatched(String fulfillmentId, String orderId, String paymentId) implements PaymentEvent {

    public static final String TYPE = "FulfillmentDispatched";
    public static final int SCHEMA_VERSION = 1;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static FulfillmentDispatched of(Fulfillment fulfillment) {
        return new FulfillmentDispatched(fulfillment.id().toString(), fulfillment.orderId().toString(),
                fulfillment.paymentId().toString());
    }
}
