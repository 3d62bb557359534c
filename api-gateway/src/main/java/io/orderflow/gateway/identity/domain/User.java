package io.orderflow.gateway.identity.domain;

import java.util.UUID;

/**
 * Someone who logs in: the id is the token's subject, the role decides what the services allow; the optional
 * email is where mail about their orders goes.
 */
public record User(UUID id, Username username, String passwordHash, Role role, boolean enabled, EmailAddress email) {

    /** A user without a mail address. */
    public User(UUID id, Username username, String passwordHash, Role role, boolean enabled) {
        this(id, username, passwordHash, role, enabled, null);
    }

    public User {
        if (role == Role.SERVICE) {
            throw new IllegalArgumentException("a person cannot have the service role");
        }
    }

    public User disabled() {
        return new User(id, username, passwordHash, role, false, email);
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + username + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
