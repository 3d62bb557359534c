package io.orderflow.gateway.identity.adapter.out.jwt;

import io.orderflow.gateway.identity.adapter.out.persistence.SigningKeyEntity;
import io.orderflow.gateway.identity.application.KeyRing;
import io.orderflow.gateway.identity.config.IdentityConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The gateway's RSA signing keys, kept in its database so every gateway copy signs with the same key and a
 * restart keeps it. The first key is made on first use and signs at once. Rotating publishes a new key that starts
 * signing only after the activation delay (the services have fetched it by then); the old key signs until then,
 * and stays published until the tokens it signed have expired.
 */
@ApplicationScoped
public class SigningKeys implements KeyRing {

    /** Serialises key creation between gateway copies (pg_advisory_xact_lock key). */
    private static final long KEY_CREATION_LOCK = 0x6b65797269L;

    private final Duration publishedAfterRetirement;
    private final Duration activationDelay;
    private final Clock clock;

    public SigningKeys(IdentityConfig config, Clock clock) {
        this.publishedAfterRetirement = config.accessTokenLifetime().plus(config.clockSkew());
        this.activationDelay = config.keyActivationDelay();
        this.clock = clock;
    }

    /** A key that signs: its id and private key. */
    public record SigningKey(String kid, PrivateKey privateKey) {
    }

    @Transactional
    public SigningKey current() {
        SigningKeyEntity row = signing();
        if (row == null) {
            lockKeyCreation();
            row = signing();
            if (row == null) {
                row = create(clock.instant());
            }
        }
        return new SigningKey(row.kid, privateKey(row.privateKey));
    }

    @Override
    @Transactional
    public List<VerificationKey> published() {
        Instant oldestStillValid = clock.instant().minus(publishedAfterRetirement);
        return SigningKeyEntity.<SigningKeyEntity>list("retiredAt is null or retiredAt > ?1 order by createdAt desc",
                oldestStillValid).stream().map(row -> new VerificationKey(row.kid, publicKey(row.publicKey))).toList();
    }

    @Override
    @Transactional
    public Rotation rotate() {
        lockKeyCreation();
        Instant activatesAt = clock.instant().plus(activationDelay);
        SigningKeyEntity.update("retiredAt = ?1 where retiredAt is null", activatesAt);
        return new Rotation(create(activatesAt).kid, activatesAt);
    }

    /** The newest key whose time to sign has come. */
    private SigningKeyEntity signing() {
        return SigningKeyEntity.<SigningKeyEntity>find("activatesAt <= ?1 order by activatesAt desc, createdAt desc",
                clock.instant()).firstResult();
    }

    private static void lockKeyCreation() {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, KEY_CREATION_LOCK).getSingleResult();
    }

    private SigningKeyEntity create(Instant activatesAt) {
        KeyPair pair = generate();
        SigningKeyEntity row = new SigningKeyEntity();
        row.kid = "gw-" + UUID.randomUUID();
        row.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        row.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        row.createdAt = clock.instant();
        row.activatesAt = activatesAt;
        row.persist();
        return row;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String encoded) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(encoded)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored signing key cannot be read", e);
        }
    }

    private static RSAPublicKey publicKey(String encoded) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64
                    .getDecoder().decode(encoded)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored public key cannot be read", e);
        }
    }
}
