package io.orderflow.inventory.domain;

import java.util.Objects;

/** One held SKU, priced from the catalogue at the time of the reservation. */
public record ReservationLine(Sku sku, Quantity quantity, Money unitPrice) {

    public ReservationLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    public Money subtotal() {
        return unitPrice.times(quantity.value());
    }

    public RequestedLine requested() {
        return new RequestedLine(sku, quantity);
    }
}
