package io.orderflow.payment.adapter.out.provider;

import jakarta.ws.rs.core.Response;

/** Status and body of one provider answer, read in full so the connection is released at once. */
public record ProviderReply(int status, String body) {

    /** Reads and closes the response; a 5xx is thrown so the circuit breaker counts it as a failure. */
    static ProviderReply read(Response response) {
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (response.getStatus() >= 500) {
                throw new ProviderServerError(response.getStatus(), body);
            }
            return new ProviderReply(response.getStatus(), body);
        }
    }

    /** The provider answered with a server error. */
    static final class ProviderServerError extends RuntimeException {

        ProviderServerError(int status, String body) {
            super("payment provider answered HTTP " + status + ": " + body);
        }
    }
}
