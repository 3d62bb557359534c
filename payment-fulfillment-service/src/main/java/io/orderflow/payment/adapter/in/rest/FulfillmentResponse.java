package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shipment request as the API shows it. */
public record FulfillmentResponse(
        UUID id, UUID orderId, UUID paymentId,
        @Schema(description = "REQUESTED, then DISPATCHED (the goods left; final) or CANCELLED (refunded; final)")
        FulfillmentStatus status,
        String shippingAddress, Instant createdAt) {

    static FulfillmentResponse of(Fulfillment f) {
        return new FulfillmentResponse(f.id().value(), f.orderId(), f.paymentId().value(), f.status(),
                f.shippingAddress(), f.createdAt());
    }
}
