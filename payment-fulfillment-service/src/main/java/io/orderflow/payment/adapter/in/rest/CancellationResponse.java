package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.application.CancellationOutcome;
import io.orderflow.payment.application.OrderCancellation;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a cancelled order's payment ended. */
public record CancellationResponse(
        UUID orderId,
        @Schema(description = "NOTHING_CHARGED: the order had no payment and will never get one; DECLINED: the "
                + "provider declined it; REFUNDED: the charge was paid back and the shipment request cancelled; "
                + "VOIDED: the provider never charged and the payment was given up")
        CancellationOutcome outcome,
        @Schema(description = "the order's payment; null when the outcome is NOTHING_CHARGED", nullable = true)
        UUID paymentId) {

    static CancellationResponse of(OrderCancellation cancellation) {
        return new CancellationResponse(cancellation.orderId(), cancellation.outcome(),
                cancellation.paymentId() == null ? null : cancellation.paymentId().value());
    }
}
