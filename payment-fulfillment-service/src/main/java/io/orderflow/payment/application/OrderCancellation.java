package io.orderflow.payment.application;

import io.orderflow.payment.domain.PaymentId;
import java.util.UUID;

/** The answer to cancelling an order: how its payment ended; {@code paymentId} is null when it had none. */
public record OrderCancellation(UUID orderId, CancellationOutcome outcome, PaymentId paymentId) {
}
