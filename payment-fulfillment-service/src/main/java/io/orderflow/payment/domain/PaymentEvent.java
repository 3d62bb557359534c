package io.orderflow.payment.domain;

/** A fact about an order's payment and shipment, published on its topic keyed by order id; versioned. */
public sealed interface PaymentEvent permits PaymentCaptured, PaymentDeclined, PaymentRefunded, FulfillmentRequested, FulfillmentDispatched {

    String orderId();

    String type();

    int schemaVersion();
}
