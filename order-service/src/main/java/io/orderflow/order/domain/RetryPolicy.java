package io.orderflow.order.domain;

import java.time.Duration;
import java.util.Objects;

/** How often an unsettled order is tried again: exponential backoff, a bounded number of times. */
public record RetryPolicy(Duration baseBackoff, Duration maxBackoff, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(baseBackoff);
        Objects.requireNonNull(maxBackoff);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt number {@code attempts + 1}. */
    public Duration delayAfter(int attempts) {
        int exponent = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = baseBackoff.multipliedBy(1L << exponent);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    /** True once {@code attempts} have failed: a person has to look at the order. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
