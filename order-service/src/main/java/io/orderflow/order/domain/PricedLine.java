package io.orderflow.order.domain;

import java.util.Objects;

/** An order line with the unit price the inventory catalogue reserved it at. */
public record PricedLine(Sku sku, Quantity quantity, long unitPriceMinor) {

    public PricedLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        if (unitPriceMinor < 0) {
            throw new IllegalArgumentException("unit price must not be negative");
        }
    }

    public long totalMinor() {
        return Math.multiplyExact(unitPriceMinor, (long) quantity.value());
    }
}
