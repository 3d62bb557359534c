package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.gateway.identity.domain.User;
import java.util.UUID;

/** A user as others may see it: never the password hash. */
public record UserResponse(UUID id, String username, String role, boolean enabled) {

    static UserResponse of(User user) {
        return new UserResponse(user.id(), user.username().value(), user.role().claim(), user.enabled());
    }
}
