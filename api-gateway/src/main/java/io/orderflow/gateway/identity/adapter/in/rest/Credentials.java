package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.rest.StorableText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A username and password, as sent to register or log in. */
public record Credentials(@NotNull @StorableText @Size(max = 64) String username,
                          @NotNull @StorableText @Size(max = 1024) String password) {

    @Override
    public String toString() {
        return "Credentials[" + username + ", ****]";
    }
}
