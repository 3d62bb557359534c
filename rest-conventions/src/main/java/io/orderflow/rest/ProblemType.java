package io.orderflow.rest;

import java.net.URI;

/** Stable problem types; clients switch on these, never on the human-readable detail. */
public enum ProblemType {
    VALIDATION_FAILED(400, "Request is not valid"),
    MALFORMED_REQUEST(400, "Request body cannot be read"),
    MISSING_IDEMPOTENCY_KEY(400, "Idempotency-Key header is required"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "No answer in an accepted media type"),
    IDEMPOTENCY_KEY_REUSED(409, "Idempotency-Key was used with another request"),
    CONFLICT(409, "Request conflicts with the current state"),
    ORDER_CANCELLED(409, "The order was cancelled"),
    SHIPMENT_DISPATCHED(409, "The shipment has been dispatched"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Media type not supported"),
    BUSINESS_RULE(422, "Request refused by a business rule"),
    OUT_OF_STOCK(422, "Not enough stock"),
    PAYMENT_DECLINED(422, "Payment declined"),
    PAYMENT_FAILED(422, "Payment could not be made"),
    RATE_LIMITED(429, "Too many requests"),
    DEPENDENCY_UNAVAILABLE(503, "A service this request depends on is unavailable"),
    INTERNAL(500, "Unexpected error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("https://orderflow.io/problems/" + name().toLowerCase().replace('_', '-'));
    }
}
