package io.orderflow.gateway.identity.domain;

import java.nio.charset.StandardCharsets;

/**
 * A password chosen at registration. bcrypt reads only the first 72 bytes, so a longer one is refused rather than
 * silently cut; 12 characters is the shortest that holds up against offline guessing.
 */
public record NewPassword(String value) {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    public NewPassword {
        if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("password must have at least " + MIN_LENGTH + " characters");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("password must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
    }

    @Override
    public String toString() {
        return "NewPassword[****]";
    }
}
