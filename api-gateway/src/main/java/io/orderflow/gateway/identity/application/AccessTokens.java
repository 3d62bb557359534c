package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.domain.Role;

/** Port: signs short-lived access tokens. */
public interface AccessTokens {

    IssuedToken issue(String subject, String name, Role role);

    /** A signed token and how many seconds it is valid. */
    record IssuedToken(String value, long expiresInSeconds) {
    }
}
