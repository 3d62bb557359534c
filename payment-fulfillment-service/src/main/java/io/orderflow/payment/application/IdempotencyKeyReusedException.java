package io.orderflow.payment.application;

/** An idempotency key came back with a request body other than the one it was first used with. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different payment request; "
                + "use a new key for a new payment");
    }
}
