package io.orderflow.payment.application;

import io.orderflow.payment.domain.PaymentId;

/** No payment has this id. */
public class PaymentNotFoundException extends RuntimeException {

    public PaymentNotFoundException(PaymentId id) {
        super("no payment with id " + id);
    }
}
