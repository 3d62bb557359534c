package io.orderflow.payment.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a shipment request. */
public record FulfillmentId(UUID value) {

    public FulfillmentId {
        Objects.requireNonNull(value, "fulfillment id");
    }

    public static FulfillmentId newId() {
        return new FulfillmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
