package io.orderflow.gateway.identity.adapter.out.password;

import io.orderflow.gateway.identity.application.PasswordHasher;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt with a random salt per password (Quarkus' BcryptUtil, cost 10: about 70 ms a hash here). */
@ApplicationScoped
public class BcryptPasswords implements PasswordHasher {

    @Override
    public String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        // bcrypt reads 72 bytes at most; anything far longer is not a password anyone registered.
        return password != null && password.length() <= 1024 && BcryptUtil.matches(password, hash);
    }
}
