package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.domain.NewPassword;
import io.orderflow.gateway.identity.domain.Role;
import io.orderflow.gateway.identity.domain.User;
import io.orderflow.gateway.identity.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case, at start: the first {@code admin} and {@code ops} users are made from configured passwords. An
 * existing user is left as it is, so a password changed later is never reset by a restart.
 */
@ApplicationScoped
public class CreateStaff {

    private final Users users;
    private final PasswordHasher passwords;
    private final IdentitySettings settings;

    public CreateStaff(Users users, PasswordHasher passwords, IdentitySettings settings) {
        this.users = users;
        this.passwords = passwords;
        this.settings = settings;
    }

    @Transactional
    public void createMissing() {
        settings.firstStaffPasswords().forEach(this::create);
    }

    private void create(Role role, Optional<String> password) {
        Username username = new Username(role.claim());
        if (password.isEmpty() || users.find(username).isPresent()) {
            return;
        }
        String hash = passwords.hash(new NewPassword(password.get()).value());
        users.add(new User(UUID.randomUUID(), username, hash, role, true));
    }
}
