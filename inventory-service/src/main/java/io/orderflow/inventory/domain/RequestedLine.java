package io.orderflow.inventory.domain;

import java.util.Objects;

/** One SKU and how many units of it an order wants held. */
public record RequestedLine(Sku sku, Quantity quantity) {

    public RequestedLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
    }
}
