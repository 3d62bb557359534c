package io.orderflow.inventory.domain;

/** How many units of one SKU a reservation line holds. */
public record Quantity(int value) {

    public static final int MAX_PER_LINE = 1_000;

    public Quantity {
        if (value < 1 || value > MAX_PER_LINE) {
            throw new IllegalArgumentException("quantity must be between 1 and " + MAX_PER_LINE + ", got: " + value);
        }
    }
}
