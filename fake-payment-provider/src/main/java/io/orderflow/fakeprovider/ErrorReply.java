package io.orderflow.fakeprovider;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Stripe-style error body: {@code {"error": {...}}}, with the failed charge when one was recorded. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorReply(Error error, Charge charge) {

    /** What went wrong; {@code type} is card_error, api_error or invalid_request_error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(String type, String code, String message) {
    }

    static ErrorReply of(String type, String code, String message) {
        return new ErrorReply(new Error(type, code, message), null);
    }

    static ErrorReply declined(Charge charge) {
        return new ErrorReply(new Error("card_error", "card_declined", "Your card was declined."), charge);
    }
}
