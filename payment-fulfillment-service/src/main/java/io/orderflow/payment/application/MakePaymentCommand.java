package io.orderflow.payment.application;

import io.orderflow.payment.domain.PaymentDetails;

/**
 * A request to pay for an order. {@code requestFingerprint} identifies the request body, so a retried
 * request (same key, same body) can be told from a reused key (same key, other body).
 */
public record MakePaymentCommand(String idempotencyKey, String requestFingerprint, PaymentDetails details,
                                 String paymentToken) {
}
