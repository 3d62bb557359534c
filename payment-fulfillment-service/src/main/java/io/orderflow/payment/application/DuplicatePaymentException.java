package io.orderflow.payment.application;

/** A payment with the same order or idempotency key was committed by a concurrent request. */
public class DuplicatePaymentException extends RuntimeException {

    public DuplicatePaymentException(Throwable cause) {
        super("a payment with this order or idempotency key already exists", cause);
    }
}
