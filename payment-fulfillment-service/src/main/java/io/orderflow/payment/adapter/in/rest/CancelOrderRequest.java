package io.orderflow.payment.adapter.in.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Body of {@code POST /payments/cancellations}: this order is cancelled. */
public record CancelOrderRequest(@NotNull UUID orderId) {
}
