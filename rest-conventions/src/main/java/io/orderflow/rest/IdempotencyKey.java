package io.orderflow.rest;

/** The {@code Idempotency-Key} header every command carries, checked the same way by every service. */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 128;

    private IdempotencyKey() {
    }

    /**
     * Refuses a missing or overlong key; {@code effect} names what a retry without one could repeat
     * (for example "order", "reserve", "charge").
     */
    public static void require(String key, String effect) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(ProblemType.MISSING_IDEMPOTENCY_KEY,
                    "send an Idempotency-Key header (for example a UUID) so a retried request cannot " + effect
                            + " twice");
        }
        if (key.length() > MAX_LENGTH) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "Idempotency-Key must be at most " + MAX_LENGTH + " characters");
        }
    }
}
