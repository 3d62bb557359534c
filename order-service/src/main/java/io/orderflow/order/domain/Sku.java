package io.orderflow.order.domain;

import java.util.regex.Pattern;

/** A stock keeping unit code, as the inventory catalogue knows it. */
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");

    public Sku {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("SKU must be 1-64 upper-case letters, digits or dashes, got: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
