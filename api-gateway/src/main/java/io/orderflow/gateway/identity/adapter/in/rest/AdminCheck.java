package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.gateway.identity.application.TokenVerifier;
import io.orderflow.gateway.identity.domain.Role;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;

/** Lets a request through only with a valid admin token issued by this gateway; 401 or 403 otherwise. */
@ApplicationScoped
public class AdminCheck {

    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;

    public AdminCheck(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    void require(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new UnauthorizedException();
        }
        TokenVerifier.Caller caller = verifier.verify(authorization.substring(BEARER.length()).trim())
                .orElseThrow(UnauthorizedException::new);
        if (caller.role() != Role.ADMIN) {
            throw new ForbiddenException();
        }
    }
}
