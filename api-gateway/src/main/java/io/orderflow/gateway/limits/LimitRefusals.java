package io.orderflow.gateway.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code orderflow_gateway_refusals_total{limit}}: requests refused with 429, by the budget that ran out (per
 * signed-in user, per client address, login attempts per address, failed logins per account).
 */
@Startup
@ApplicationScoped
public class LimitRefusals {

    /** The budget that ran out, as the {@code limit} label names it. */
    public enum Limit { USER, ADDRESS, LOGIN, ACCOUNT }

    private final Map<Limit, Counter> refusals = new EnumMap<>(Limit.class);

    public LimitRefusals(MeterRegistry registry) {
        for (Limit limit : Limit.values()) {
            refusals.put(limit, Counter.builder("orderflow.gateway.refusals")
                    .description("Requests refused with 429 because a rate limit ran out")
                    .tag("limit", limit.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    void refused(Limit limit) {
        refusals.get(limit).increment();
    }
}
