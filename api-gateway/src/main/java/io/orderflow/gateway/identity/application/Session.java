package io.orderflow.gateway.identity.application;

/** What a login or a refresh gives: an access token and the refresh token to get the next one. */
public record Session(String accessToken, long expiresInSeconds, String refreshToken, long refreshExpiresInSeconds,
                      String role) {

    @Override
    public String toString() {
        return "Session[role=" + role + ", expiresIn=" + expiresInSeconds + "]";
    }
}
