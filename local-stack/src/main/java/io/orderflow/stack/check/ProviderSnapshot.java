package io.orderflow.stack.check;

import java.time.Instant;
import java.util.List;

/** The charges the payment provider lists. */
public record ProviderSnapshot(List<Charge> charges) {

    /** {@code status} is {@code succeeded} or {@code failed}. */
    public record Charge(String id, String status, long amount, String currency, String idempotencyKey,
                         boolean refunded, Instant createdAt) {

        public boolean succeeded() {
            return "succeeded".equals(status);
        }

        /** Money the customer has paid and not got back. */
        public boolean holdsMoney() {
            return succeeded() && !refunded;
        }
    }
}
