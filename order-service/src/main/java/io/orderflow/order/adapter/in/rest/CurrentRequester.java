package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.application.Requester;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The requester of the current call, from its verified token: subject, and whether it is staff. */
@RequestScoped
public class CurrentRequester {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public CurrentRequester(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    Requester get() {
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        boolean staff = identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.OPS);
        return staff ? Requester.staff(subject) : Requester.customer(subject);
    }

    /** The address the token says the requester reads mail at (its {@code email} claim), or null. */
    String email() {
        Object email = token.getClaim("email");
        return email == null || email.toString().isBlank() ? null : email.toString();
    }
}
