package io.orderflow.gateway.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login name: 3 to 64 letters, digits or {@code . _ @ -}, compared without case. */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{3,64}");

    public Username {
        if (value == null) {
            throw new IllegalArgumentException("username is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("username must be 3 to 64 letters, digits or . _ @ -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
