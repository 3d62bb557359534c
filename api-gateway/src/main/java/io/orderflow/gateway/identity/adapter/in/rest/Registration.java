package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.rest.StorableText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new customer: username, password and, optionally, the address for mail about their orders. */
public record Registration(@NotNull @StorableText @Size(max = 64) String username,
                           @NotNull @StorableText @Size(max = 1024) String password,
                           @StorableText @Size(max = 254) String email) {

    @Override
    public String toString() {
        return "Registration[" + username + ", ****]";
    }
}
