package io.orderflow.gateway.identity.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.orderflow.gateway.identity.application.Session;

/** An OAuth 2.0 style token answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(@JsonProperty("access_token") String accessToken,
                            @JsonProperty("token_type") String tokenType,
                            @JsonProperty("expires_in") long expiresIn,
                            @JsonProperty("refresh_token") String refreshToken,
                            @JsonProperty("refresh_expires_in") Long refreshExpiresIn,
                            String role) {

    static TokenResponse of(Session session) {
        return new TokenResponse(session.accessToken(), "Bearer", session.expiresInSeconds(), session.refreshToken(),
                session.refreshExpiresInSeconds(), session.role());
    }
}
