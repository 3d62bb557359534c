package io.orderflow.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** What a payment is for: the order, its stock reservation, the amount and where the goods go once paid. */
public record PaymentDetails(UUID orderId, UUID reservationId, Money amount, String shippingAddress) {

    public PaymentDetails {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reservationId, "reservationId");
        Objects.requireNonNull(amount, "amount");
        if (shippingAddress == null || shippingAddress.isBlank()) {
            throw new IllegalArgumentException("a shipping address is required");
        }
    }
}
