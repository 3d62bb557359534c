package io.orderflow.order.adapter.out.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.order.application.DeadLetterOffice;
import io.orderflow.order.application.NotifyCustomer;
import io.orderflow.order.application.ProjectTimeline;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code orderflow_dead_letters{consumer}}: dead letters parked and not yet replayed, per consumer. Read from the
 * database at most every five seconds however often Prometheus scrapes.
 */
@Startup
@ApplicationScoped
public class DeadLetterGauge {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final DeadLetterOffice office;
    private volatile Map<String, Long> parked = Map.of();
    private volatile long readAt;

    public DeadLetterGauge(DeadLetterOffice office, MeterRegistry registry) {
        this.office = office;
        for (String consumer : List.of(ProjectTimeline.CONSUMER, NotifyCustomer.CONSUMER)) {
            Gauge.builder("orderflow.dead.letters", () -> parked(consumer))
                    .description("Dead letters parked and not yet replayed")
                    .tag("consumer", consumer)
                    .register(registry);
        }
    }

    private double parked(String consumer) {
        long now = System.nanoTime();
        if (now - readAt > FRESH_FOR.toNanos()) {
            try {
                parked = office.parkedByConsumer();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
            readAt = now;
        }
        return parked.getOrDefault(consumer, 0L);
    }
}
