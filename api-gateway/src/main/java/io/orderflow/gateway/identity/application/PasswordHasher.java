package io.orderflow.gateway.identity.application;

/** Port: a slow, salted password hash. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
