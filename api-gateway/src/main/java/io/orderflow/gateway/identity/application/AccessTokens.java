package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.domain.Role;

/** Port: signs short-lived access tokens. */
public interface AccessTokens {

    /** {@code email} becomes the token's email claim; null for none. */
    IssuedToken issue(String subject, String name, Role role, String email);

    /** A signed token and how many seconds it is valid. */
    record IssuedToken(String value, long expiresInSeconds) {
    }
}
