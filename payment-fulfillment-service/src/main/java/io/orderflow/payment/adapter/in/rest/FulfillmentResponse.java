package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentStatus;
import java.time.Instant;
import java.util.UUID;

/** A shipment request as the API shows it. */
public record FulfillmentResponse(UUID id, UUID orderId, UUID paymentId, FulfillmentStatus status,
                                  String shippingAddress, Instant createdAt) {

    static FulfillmentResponse of(Fulfillment f) {
        return new FulfillmentResponse(f.id().value(), f.orderId(), f.paymentId().value(), f.status(),
                f.shippingAddress(), f.createdAt());
    }
}
