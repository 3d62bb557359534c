package io.orderflow.inventory.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of the order (owned by order-service) a reservation holds stock for. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
