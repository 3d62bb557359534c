package io.orderflow.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket per key (a user, an address, an account): {@code requests} per {@code period}, refilled
 * gradually. Buckets of keys not seen for a while are forgotten, so the memory stays bounded.
 */
public final class KeyedLimit {

    private final long requests;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    public KeyedLimit(long requests, Duration period) {
        this.requests = requests;
        this.period = period;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(period.plusMinutes(1)).build();
    }

    /** Takes one request from the key's bucket; empty when allowed, else how long until one is. */
    public Optional<Duration> take(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether the key has a request left, without taking it; empty when it has. */
    public Optional<Duration> check(String key) {
        long wait = bucket(key).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
    }

    private Bucket bucket(String key) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, period).build())
                .build());
    }
}
