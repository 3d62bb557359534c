package io.orderflow.testinfra.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * A token issuer of its own for tests: an RSA key made in this JVM, its JWKS in a file the services under
 * test verify against, and RS256 tokens in the shape the gateway issues. It is independent of the
 * gateway's issuer, so services running against it prove that the issuer is configuration only.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "orderflow";
    private static final TestIssuer DEFAULT = new TestIssuer("https://test-issuer.orderflow.invalid");

    private final String issuer;
    private final RsaJsonWebKey key;
    private Path jwksFile;

    public TestIssuer(String issuer) {
        this.issuer = issuer;
        try {
            this.key = RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
        key.setKeyId("test-" + UUID.randomUUID().toString().substring(0, 8));
        key.setUse("sig");
        key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    }

    /** The issuer every service test verifies tokens against. */
    public static TestIssuer get() {
        return DEFAULT;
    }

    public String issuer() {
        return issuer;
    }

    /** An access token for {@code subject} with these roles, valid for five minutes. */
    public String token(String subject, String... roles) {
        return sign(claims(subject, roles));
    }

    /** The claims {@link #token} would sign, to change one of them before signing. */
    public JwtClaims claims(String subject, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setClaim("preferred_username", subject);
        claims.setStringListClaim("groups", List.of(roles));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setGeneratedJwtId();
        return claims;
    }

    public String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader(HeaderParameterNames.TYPE, "JWT");
        return serialize(jws);
    }

    /** A token that expired a minute ago. */
    public String expiredToken(String subject, String... roles) {
        JwtClaims claims = claims(subject, roles);
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 900));
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 60));
        return sign(claims);
    }

    /** The same claims with {@code alg: none} and no signature. */
    public String unsignedToken(String subject, String... roles) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(subject, roles).toJson());
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        return serialize(jws);
    }

    /** Signed with HS256 using the public key's modulus as the secret: the classic key-confusion attack. */
    public String symmetricToken(String subject, String... roles) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims(subject, roles).toJson());
        jws.setKey(new HmacKey(key.getRsaPublicKey().getModulus().toByteArray()));
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setDoKeyValidation(false);
        return serialize(jws);
    }

    public String jwks() {
        return new JsonWebKeySet(key).toJson();
    }

    /** A file holding {@link #jwks()}, written once. */
    public synchronized Path jwksFile() {
        if (jwksFile == null) {
            try {
                jwksFile = Files.createTempFile("test-issuer-jwks", ".json");
                jwksFile.toFile().deleteOnExit();
                Files.writeString(jwksFile, jwks());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jwksFile;
    }

    /** What a service needs to verify this issuer's tokens (SmallRye JWT configuration). */
    public Map<String, String> verificationConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", jwksFile().toUri().toString(),
                "mp.jwt.verify.issuer", issuer,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    private static String serialize(JsonWebSignature jws) {
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
