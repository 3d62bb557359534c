package io.orderflow.order.application;

/**
 * A record no retry can make processable: not JSON, not an event envelope, or an event type or schema version this
 * consumer does not know. It is dead-lettered at once.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
