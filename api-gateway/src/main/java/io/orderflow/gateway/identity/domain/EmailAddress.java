package io.orderflow.gateway.identity.domain;

import java.util.regex.Pattern;

/** Where a customer reads mail about their orders: one {@code local@domain} address of at most 254 characters. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("email is required");
        }
        value = value.trim();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("email must be an address such as name@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
