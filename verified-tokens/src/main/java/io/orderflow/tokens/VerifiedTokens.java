package io.orderflow.tokens;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser every request's authentication goes through, remembering the tokens it verified. A client
 * sends the same token with every request until it expires (order-service's service token to inventory and payments,
 * a customer's, through the gateway, to order-service), and checking its RS256 signature again each time was 13–18 %
 * of a service's CPU under load (docs/performance.md). A token is taken from memory only when it is byte for byte the one
 * verified, before its expiry, and for at most a minute, the time a key removed from the issuer's key set stays
 * trusted anyway (the key set is fetched again once a minute). Failures are never remembered.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final int MAX_TOKENS = 10_000;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final JWTParser verifier;
    private final Clock clock;
    private final Duration maxAge;
    private final int maxTokens;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC(), MAX_AGE, MAX_TOKENS);
    }

    VerifiedTokens(JWTParser verifier, Clock clock, Duration maxAge, int maxTokens) {
        this.verifier = verifier;
        this.clock = clock;
        this.maxAge = maxAge;
        this.maxTokens = maxTokens;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.token();
        }
        JsonWebToken parsed = verifier.parse(token);
        Instant until = now.plus(maxAge);
        Instant expires = Instant.ofEpochSecond(parsed.getExpirationTime());
        if (expires.isBefore(until)) {
            until = expires;
        }
        if (now.isBefore(until)) {
            remember(token, new Verified(parsed, until), now);
        }
        return parsed;
    }

    private void remember(String token, Verified entry, Instant now) {
        if (verified.size() >= maxTokens) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= maxTokens) {
                verified.clear();
            }
        }
        verified.put(token, entry);
    }

    // Everything else goes to the verifier as it is: only the configured check of a bearer token is remembered.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    /** How many tokens are remembered now. */
    int size() {
        return verified.size();
    }
}
