package io.orderflow.payment.adapter.in.rest;

import io.orderflow.rest.ProblemException;
import io.orderflow.rest.ProblemType;
import java.util.UUID;

/** The required {@code orderId} query parameter; a bad one is a 400, not the 404 JAX-RS would answer. */
final class OrderIdParameter {

    static final String NAME = "orderId";

    private OrderIdParameter() {
    }

    static UUID parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "the query parameter orderId is required");
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "orderId must be a UUID, got: " + raw);
        }
    }
}
