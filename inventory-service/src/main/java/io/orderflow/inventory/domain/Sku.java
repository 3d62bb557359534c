package io.orderflow.inventory.domain;

import java.util.regex.Pattern;

/** A stock keeping unit code. Ordered, so that stock rows are always locked in the same order. */
public record Sku(String value) implements Comparable<Sku> {

    public static final String FORMAT = "[A-Z0-9][A-Z0-9-]{0,63}";
    private static final Pattern PATTERN = Pattern.compile(FORMAT);

    public Sku {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("SKU must be 1-64 upper-case letters, digits or dashes, got: " + value);
        }
    }

    @Override
    public int compareTo(Sku other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
