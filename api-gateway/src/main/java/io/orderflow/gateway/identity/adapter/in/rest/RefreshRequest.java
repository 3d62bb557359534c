package io.orderflow.gateway.identity.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A refresh token, named as in OAuth 2.0. */
public record RefreshRequest(@JsonProperty("refresh_token") @NotNull @Size(max = 256) String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[****]";
    }
}
