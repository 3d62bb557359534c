package io.orderflow.gateway.identity.adapter.out.jwt;

import io.orderflow.gateway.identity.application.KeyRing;
import io.orderflow.gateway.identity.application.TokenVerifier;
import io.orderflow.gateway.identity.config.IdentityConfig;
import io.orderflow.gateway.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies the gateway's own tokens for its own endpoints, in process against its key ring (the services verify
 * the same tokens against the published key set). A token verified in the last {@link PublishedKeys#RELOAD_EVERY}
 * is not verified again ({@link RememberedCallers}).
 */
@ApplicationScoped
public class GatewayTokenVerifier implements TokenVerifier {

    private final PublishedKeys keys;
    private final IdentityConfig config;
    private final RememberedCallers remembered = new RememberedCallers(PublishedKeys.RELOAD_EVERY, 10_000);

    public GatewayTokenVerifier(PublishedKeys keys, IdentityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @Override
    public Optional<Caller> verify(String token) {
        Instant now = Instant.now();
        Optional<Caller> known = remembered.recall(token, now);
        if (known.isPresent()) {
            return known;
        }
        Optional<Verified> verified = check(token);
        verified.ifPresent(v -> remembered.remember(token, v.caller(), v.expiresAt(), now));
        return verified.map(Verified::caller);
    }

    private record Verified(Caller caller, Instant expiresAt) {
    }

    private Optional<Verified> check(String token) {
        String kid = keyId(token);
        if (kid == null) {
            return Optional.empty();
        }
        List<JsonWebKey> published = keys.find(kid).<JsonWebKey>map(GatewayTokenVerifier::jwk).stream().toList();
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                .setExpectedIssuer(config.issuer())
                .setExpectedAudience(config.audience())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(published))
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            List<String> groups = claims.getStringListClaimValue("groups");
            if (groups == null || groups.size() != 1) {
                return Optional.empty();
            }
            return Optional.of(new Verified(new Caller(claims.getSubject(), claims.getStringClaimValue("upn"),
                    Role.ofClaim(groups.get(0))), Instant.ofEpochSecond(claims.getExpirationTime().getValue())));
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String keyId(String token) {
        try {
            return JsonWebStructure.fromCompactSerialization(token).getKeyIdHeaderValue();
        } catch (JoseException | RuntimeException e) {
            return null;
        }
    }

    static RsaJsonWebKey jwk(KeyRing.VerificationKey key) {
        RsaJsonWebKey jwk = new RsaJsonWebKey(key.publicKey());
        jwk.setKeyId(key.kid());
        jwk.setUse("sig");
        jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jwk;
    }
}
