package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.application.PaymentView;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment as the API shows it; {@code fulfillmentId} is set once the payment is captured. */
public record PaymentResponse(
        UUID id, UUID orderId, UUID reservationId,
        @Schema(description = "PENDING (the provider may or may not have charged yet), CAPTURED, DECLINED, "
                + "REFUNDED, or VOIDED (given up: the provider has no charge for it and none can still land)")
        PaymentStatus status,
        long amountMinor, String currency, String providerChargeId,
        @Schema(description = "the provider's reason; set only when DECLINED (see failureReason)", nullable = true)
        String declineReason,
        @Schema(description = "why the payment took no money: the decline reason when DECLINED, why it was "
                + "voided when VOIDED; null otherwise", nullable = true)
        String failureReason,
        UUID fulfillmentId, Instant createdAt) {

    static PaymentResponse of(PaymentView view) {
        Payment p = view.payment();
        return new PaymentResponse(p.id().value(), p.details().orderId(), p.details().reservationId(), p.status(),
                p.details().amount().amountMinor(), p.details().amount().currency(), p.providerChargeId(),
                p.declineReason(), p.failureReason(),
                view.fulfillmentId() == null ? null : view.fulfillmentId().value(), p.createdAt());
    }
}
