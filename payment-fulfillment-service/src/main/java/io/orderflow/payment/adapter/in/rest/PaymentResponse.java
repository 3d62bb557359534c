package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.application.PaymentView;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentStatus;
import java.time.Instant;
import java.util.UUID;

/** A payment as the API shows it; {@code fulfillmentId} is set once the payment is captured. */
public record PaymentResponse(UUID id, UUID orderId, UUID reservationId, PaymentStatus status, long amountMinor,
                              String currency, String providerChargeId, String declineReason, UUID fulfillmentId,
                              Instant createdAt) {

    static PaymentResponse of(PaymentView view) {
        Payment p = view.payment();
        return new PaymentResponse(p.id().value(), p.details().orderId(), p.details().reservationId(), p.status(),
                p.details().amount().amountMinor(), p.details().amount().currency(), p.providerChargeId(),
                p.declineReason(), view.fulfillmentId() == null ? null : view.fulfillmentId().value(),
                p.createdAt());
    }
}
