package io.orderflow.order.domain;

import java.time.Instant;
import java.util.UUID;

/** Fact: the order is paid, its stock is committed and its shipment is requested. Schema version 1. */
public record OrderConfirmed(String orderId, UUID reservationId, UUID paymentId, UUID fulfillmentId,
                             long totalMinor, String currency, Instant confirmedAt) implements OrderEvent {

    public static final String TYPE = "OrderConfirmed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return 1;
    }
}
