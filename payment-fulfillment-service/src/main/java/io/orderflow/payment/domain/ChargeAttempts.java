package io.orderflow.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment's charge attempts: how many failed (the provider gave no usable answer) and when the last
 * one started. Attempts still in flight are not failures, so concurrent retries do not use them up.
 */
public record ChargeAttempts(int failed, Instant lastStartedAt) {

    public ChargeAttempts {
        if (failed < 0) {
            throw new IllegalArgumentException("failed charge attempts cannot be negative, got: " + failed);
        }
        Objects.requireNonNull(lastStartedAt, "lastStartedAt");
    }

    public static ChargeAttempts first(Instant at) {
        return new ChargeAttempts(0, at);
    }

    public ChargeAttempts started(Instant at) {
        return new ChargeAttempts(failed, at);
    }

    public ChargeAttempts withOneMoreFailure() {
        return new ChargeAttempts(failed + 1, lastStartedAt);
    }

    /**
     * True while the last attempt may still turn into a charge at the provider: until {@code settleTime}
     * after it started, which must be longer than any provider call can take.
     */
    public boolean mayStillLand(Instant now, Duration settleTime) {
        return now.isBefore(lastStartedAt.plus(settleTime));
    }

    /** How long until the last attempt can no longer land; zero once it cannot. */
    public Duration untilSettled(Instant now, Duration settleTime) {
        Duration left = Duration.between(now, lastStartedAt.plus(settleTime));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
