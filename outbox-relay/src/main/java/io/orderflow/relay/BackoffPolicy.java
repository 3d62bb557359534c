package io.orderflow.relay;

import java.time.Duration;

/**
 * When a row whose send failed is tried again: {@code base * 2^(attempts-1)}, at most {@code max}; after
 * {@code maxAttempts} failed sends the row is dead and not tried again.
 */
public record BackoffPolicy(Duration base, Duration max, int maxAttempts) {

    public BackoffPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry needs 0 < base <= max and at least one attempt");
        }
    }

    /** The wait before the next send of a row that has now failed {@code attempts} times. */
    Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** True when a row that has failed {@code attempts} times must not be tried again. */
    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
