package io.orderflow.inventory.domain;

import java.util.Objects;

/** A catalogue entry with its price and how many units sit in each bucket. */
public record StockItem(Sku sku, String name, Money unitPrice, int onHand, int reserved, int shipped) {

    public StockItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a SKU needs a name");
        }
        if (onHand < 0 || reserved < 0 || shipped < 0) {
            throw new IllegalArgumentException("stock of " + sku + " cannot be negative");
        }
    }

    /** A SKU entering the catalogue: all its units are on hand. */
    public static StockItem newItem(Sku sku, String name, Money unitPrice, int onHand) {
        return new StockItem(sku, name, unitPrice, onHand, 0, 0);
    }
}
