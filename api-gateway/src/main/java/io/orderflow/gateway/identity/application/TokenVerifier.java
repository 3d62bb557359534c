package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.domain.Role;
import java.util.Optional;

/** Port: checks an access token this gateway issued (signature, issuer, audience, expiry). */
public interface TokenVerifier {

    Optional<Caller> verify(String token);

    /** Who a valid token speaks for. */
    record Caller(String subject, String name, Role role) {
    }
}
