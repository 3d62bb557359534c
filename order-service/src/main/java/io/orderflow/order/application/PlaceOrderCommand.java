package io.orderflow.order.application;

import io.orderflow.order.domain.OrderLine;
import java.util.List;

/**
 * A customer's request to order. {@code customer} is the verified subject placing it; an idempotency key is
 * the customer's own. {@code requestFingerprint} identifies the request body, so a retried request (same key,
 * same body) can be told from a reused key (same key, other body). {@code contactEmail} is where mail about the
 * order goes (the token's email claim); null when the customer gave none.
 */
public record PlaceOrderCommand(String customer, String idempotencyKey, String requestFingerprint, List<OrderLine> lines,
                                String shippingAddress, String paymentToken, String currency, String contactEmail) {

    /** A command without a contact address: no mail is sent about the order. */
    public PlaceOrderCommand(String customer, String idempotencyKey, String requestFingerprint, List<OrderLine> lines,
                             String shippingAddress, String paymentToken, String currency) {
        this(customer, idempotencyKey, requestFingerprint, lines, shippingAddress, paymentToken, currency, null);
    }

    /** Without the payment token and the address, so the command can appear in a log line. */
    @Override
    public String toString() {
        return "PlaceOrderCommand[customer=" + customer + ", lines=" + lines + ", currency=" + currency + "]";
    }
}
