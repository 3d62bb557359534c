package io.orderflow.stack.bench.load;

import java.util.concurrent.CompletableFuture;

/** Places one order and answers how it went; never completes exceptionally. */
@FunctionalInterface
interface OrderSender {

    /**
     * How one request ended: the HTTP status, or a name for a failure without one; and for an answer other than 201,
     * what it said (the start of its body, or the failure's message), to find that order in the logs afterwards.
     */
    record Answer(String outcome, boolean success, String detail) {

        private static final int DETAIL_CHARS = 300;

        static Answer status(int status) {
            return status(status, "");
        }

        static Answer status(int status, String body) {
            String detail = body == null ? "" : body.substring(0, Math.min(body.length(), DETAIL_CHARS));
            return new Answer(Integer.toString(status), status == 201, status == 201 ? "" : detail);
        }

        static Answer failure(Throwable error) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            return new Answer(cause.getClass().getSimpleName(), false, String.valueOf(cause.getMessage()));
        }
    }

    CompletableFuture<Answer> send();
}
