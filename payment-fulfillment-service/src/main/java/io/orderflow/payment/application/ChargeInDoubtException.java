package io.orderflow.payment.application;

/** The provider may or may not have charged: only a lookup by idempotency key can tell. */
public class ChargeInDoubtException extends RuntimeException {

    public ChargeInDoubtException(String message, Throwable cause) {
        super(message, cause);
    }
}
