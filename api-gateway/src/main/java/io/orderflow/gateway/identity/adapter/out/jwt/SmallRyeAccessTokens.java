package io.orderflow.gateway.identity.adapter.out.jwt;

import io.orderflow.gateway.identity.application.AccessTokens;
import io.orderflow.gateway.identity.config.IdentityConfig;
import io.orderflow.gateway.identity.domain.Role;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Signs RS256 access tokens with the current key (its id in {@code kid}), with SmallRye JWT build. */
@ApplicationScoped
public class SmallRyeAccessTokens implements AccessTokens {

    private final SigningKeys keys;
    private final PublishedKeys published;
    private final IdentityConfig config;
    private final Clock clock;

    public SmallRyeAccessTokens(SigningKeys keys, PublishedKeys published, IdentityConfig config, Clock clock) {
        this.keys = keys;
        this.published = published;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(String subject, String name, Role role, String email) {
        SigningKeys.SigningKey key = keys.current();
        published.know(key.kid());
        Instant now = clock.instant();
        long lifetime = config.accessTokenLifetime().toSeconds();
        JwtClaimsBuilder claims = Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(subject)
                .upn(name)
                .groups(Set.of(role.claim()))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now.getEpochSecond())
                .expiresAt(now.getEpochSecond() + lifetime);
        if (email != null) {
            claims.claim("email", email);
        }
        String token = claims
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(key.kid())
                .sign(key.privateKey());
        return new IssuedToken(token, lifetime);
    }
}
