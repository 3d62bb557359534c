package io.orderflow.gateway.identity.application;

import java.security.interfaces.RSAPublicKey;
import java.util.List;

/** Port: the keys tokens are signed with. */
public interface KeyRing {

    /** Every key a token still within its lifetime may be signed with, newest first. */
    List<VerificationKey> published();

    /** Publishes a new key that replaces the signing key once its activation time has come. */
    Rotation rotate();

    /** The new key's id and when it starts signing. */
    record Rotation(String kid, java.time.Instant activatesAt) {
    }

    /** A public key and its {@code kid}. */
    record VerificationKey(String kid, RSAPublicKey publicKey) {
    }
}
