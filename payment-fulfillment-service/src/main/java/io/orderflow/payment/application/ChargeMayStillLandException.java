package io.orderflow.payment.application;

import java.time.Duration;
import java.util.UUID;

/**
 * A PENDING payment the provider has no charge for cannot be given up yet: its last charge attempt
 * may still turn into a charge. Asking again after {@code retryAfter} settles it.
 */
public class ChargeMayStillLandException extends RuntimeException {

    private final UUID orderId;
    private final Duration retryAfter;

    ChargeMayStillLandException(UUID orderId, Duration retryAfter, String message) {
        super(message);
        this.orderId = orderId;
        this.retryAfter = retryAfter;
    }

    public UUID orderId() {
        return orderId;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
