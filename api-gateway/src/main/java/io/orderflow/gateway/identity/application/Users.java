package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.domain.User;
import io.orderflow.gateway.identity.domain.Username;
import java.util.Optional;
import java.util.UUID;

/** Port: the people who log in. */
public interface Users {

    Optional<User> find(Username username);

    Optional<User> find(UUID id);

    /** Adds the user; false when the username is taken (decided by the database, so two at once cannot both win). */
    boolean add(User user);

    void save(User user);
}
