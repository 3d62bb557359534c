package io.orderflow.inventory.adapter.in.rest;

import io.orderflow.rest.ProblemException;
import io.orderflow.rest.ProblemType;

/** The {@code Idempotency-Key} header every command from order-service carries. */
final class IdempotencyKey {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKey() {
    }

    static void require(String key) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(ProblemType.MISSING_IDEMPOTENCY_KEY,
                    "send an Idempotency-Key header (for example a UUID) so a retried request cannot reserve twice");
        }
        if (key.length() > 128) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Idempotency-Key must be at most 128 characters");
        }
    }
}
