package io.orderflow.gateway.identity.application;

import java.security.interfaces.RSAPublicKey;
import java.util.List;

/** Port: the keys tokens are signed with. */
public interface KeyRing {

    /** Every key a token still within its lifetime may be signed with, newest first. */
    List<VerificationKey> published();

    /** Retires the signing key and starts signing with a new one; returns the new key's id. */
    String rotate();

    /** A public key and its {@code kid}. */
    record VerificationKey(String kid, RSAPublicKey publicKey) {
    }
}
