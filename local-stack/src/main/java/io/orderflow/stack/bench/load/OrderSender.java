package io.orderflow.stack.bench.load;

import java.util.concurrent.CompletableFuture;

/** Places one order and answers how it went; never completes exceptionally. */
@FunctionalInterface
interface OrderSender {

    /** How one request ended: the HTTP status, or a name for a failure without one. */
    record Answer(String outcome, boolean success) {

        static Answer status(int status) {
            return new Answer(Integer.toString(status), status == 201);
        }

        static Answer failure(Throwable error) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            return new Answer(cause.getClass().getSimpleName(), false);
        }
    }

    CompletableFuture<Answer> send();
}
