package io.orderflow.gateway.identity.application;

import io.orderflow.gateway.identity.domain.EmailAddress;
import io.orderflow.gateway.identity.domain.NewPassword;
import io.orderflow.gateway.identity.domain.Role;
import io.orderflow.gateway.identity.domain.User;
import io.orderflow.gateway.identity.domain.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Use case: anyone may register as a customer. Staff accounts are never made this way. */
@ApplicationScoped
public class RegisterCustomer {

    private final Users users;
    private final PasswordHasher passwords;

    public RegisterCustomer(Users users, PasswordHasher passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Transactional
    public User register(Username username, NewPassword password, EmailAddress email) {
        User user = new User(UUID.randomUUID(), username, passwords.hash(password.value()), Role.CUSTOMER, true, email);
        if (!users.add(user)) {
            throw new IdentityRefused(IdentityRefused.Kind.USERNAME_TAKEN, "the username " + username
                    + " is taken; choose another");
        }
        return user;
    }
}
