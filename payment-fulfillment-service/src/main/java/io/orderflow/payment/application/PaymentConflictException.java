package io.orderflow.payment.application;

import io.orderflow.payment.domain.Payment;
import java.util.UUID;

/** The request contradicts the payment's current state. */
public class PaymentConflictException extends RuntimeException {

    private PaymentConflictException(String message) {
        super(message);
    }

    static PaymentConflictException orderAlreadyHasPayment(UUID orderId) {
        return new PaymentConflictException("order " + orderId + " already has a payment made with another "
                + "Idempotency-Key; an order is paid once");
    }

    static PaymentConflictException nothingToRefund(Payment payment) {
        return new PaymentConflictException("payment " + payment.id() + " is " + payment.status() + " ("
                + payment.failureReason() + "); nothing was charged, so there is nothing to refund");
    }
}
