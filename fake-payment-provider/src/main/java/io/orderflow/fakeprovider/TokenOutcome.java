package io.orderflow.fakeprovider;

/** What a charge with a given card token does; unknown tokens are declined, as a real card network would. */
enum TokenOutcome {
    APPROVE,
    DECLINE,
    SLOW_APPROVE,
    SERVER_ERROR;

    static TokenOutcome of(String token) {
        return switch (token) {
            case "tok_approve" -> APPROVE;
            case "tok_slow" -> SLOW_APPROVE;
            case "tok_error" -> SERVER_ERROR;
            default -> DECLINE;
        };
    }
}
