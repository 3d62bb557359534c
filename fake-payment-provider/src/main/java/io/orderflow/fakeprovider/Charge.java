package io.orderflow.fakeprovider;

import java.time.Instant;

/** A charge as the provider records and shows it; {@code status} is {@code succeeded} or {@code failed}. */
public record Charge(String id, String status, long amount, String currency, String idempotencyKey,
                     boolean refunded, Instant createdAt) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    Charge withRefunded(boolean isRefunded) {
        return new Charge(id, status, amount, currency, idempotencyKey, isRefunded, createdAt);
    }
}
