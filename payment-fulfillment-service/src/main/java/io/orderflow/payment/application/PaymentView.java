package io.orderflow.payment.application;

import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.payment.domain.Payment;

/** A payment with the id of its shipment request; {@code fulfillmentId} is null until the payment is captured. */
public record PaymentView(Payment payment, FulfillmentId fulfillmentId) {
}
