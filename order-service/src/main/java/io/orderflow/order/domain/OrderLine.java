package io.orderflow.order.domain;

import java.util.Objects;

/** One SKU and how many of it. */
public record OrderLine(Sku sku, Quantity quantity) {

    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
    }
}
