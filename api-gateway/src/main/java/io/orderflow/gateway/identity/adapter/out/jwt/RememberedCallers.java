package io.orderflow.gateway.identity.adapter.out.jwt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.orderflow.gateway.identity.application.TokenVerifier.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The callers of tokens verified a moment ago. A client sends the same access token with every request, and checking
 * its RS256 signature each time was 28 % of the gateway's CPU under load (docs/performance.md). A caller is taken from
 * here only for the token byte for byte, before the token's expiry, and for at most {@code maxAge}: the gateway's
 * key reload interval, the time a removed key stays trusted anyway. Refusals are never remembered.
 */
final class RememberedCallers {

    private record Verified(Caller caller, Instant until) {
    }

    private final Duration maxAge;
    private final Cache<String, Verified> verified;

    RememberedCallers(Duration maxAge, int maxTokens) {
        this.maxAge = maxAge;
        this.verified = Caffeine.newBuilder().maximumSize(maxTokens).expireAfterWrite(maxAge).build();
    }

    Optional<Caller> recall(String token, Instant now) {
        Verified known = verified.getIfPresent(token);
        return known != null && now.isBefore(known.until()) ? Optional.of(known.caller()) : Optional.empty();
    }

    void remember(String token, Caller caller, Instant expiresAt, Instant now) {
        Instant until = now.plus(maxAge);
        verified.put(token, new Verified(caller, expiresAt.isBefore(until) ? expiresAt : until));
    }
}
