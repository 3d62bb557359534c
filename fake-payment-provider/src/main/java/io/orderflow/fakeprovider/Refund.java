package io.orderflow.fakeprovider;

import java.time.Instant;

/** The refund of a whole charge; a charge has at most one. */
public record Refund(String id, String charge, long amount, String currency, String status, String idempotencyKey,
                     Instant createdAt) {
}
