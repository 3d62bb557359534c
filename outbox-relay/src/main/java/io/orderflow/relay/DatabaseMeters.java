package io.orderflow.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One database's relay meters. <b>Oldest unpublished</b> is the age of the oldest outbox row newer than the
 * newest event Kafka has acknowledged for this database (the high-water mark), 0 when there is none: it grows
 * while the engine is stopped, restarting, stuck on its replication slot, or waiting for Kafka, whatever the
 * cause. Until the first acknowledgement after a start, the mark is the relay's start time, so rows written while
 * the relay was down show only from its first acknowledgement on (a relay that is down shows as {@code up == 0}).
 * Rows committed out of {@code occurred_at} order (concurrent transactions) may be missed for a moment.
 */
final class DatabaseMeters {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMeters.class);
    /** From a relay keeping up (tens of ms) to one that stalls (minutes). */
    static final Duration[] LAG_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMinutes(5)};

    /** Looks up the {@code occurred_at} of the oldest outbox row newer than a mark, if any. */
    interface OldestRow {
        Optional<Instant> newerThan(Instant mark) throws Exception;
    }

    private final Clock clock;
    private final OldestRow oldestRow;
    private final Counter forwarded;
    private final Counter errors;
    private final Timer lag;
    private final AtomicReference<Instant> acknowledgedUpTo;
    private volatile double oldestUnpublishedSeconds;

    DatabaseMeters(MeterRegistry registry, String database, Clock clock, OldestRow oldestRow) {
        this.clock = clock;
        this.oldestRow = oldestRow;
        this.acknowledgedUpTo = new AtomicReference<>(clock.instant());
        forwarded = Counter.builder("orderflow.relay.events.forwarded")
                .description("Outbox events Kafka acknowledged").tag("database", database).register(registry);
        errors = Counter.builder("orderflow.relay.publish.errors")
                .description("Outbox events Kafka refused (the batch is read again)").tag("database", database)
                .register(registry);
        lag = Timer.builder("orderflow.relay.publish.lag")
                .description("From the event's occurredAt to Kafka's acknowledgement").tag("database", database)
                .serviceLevelObjectives(LAG_BUCKETS).register(registry);
        Gauge.builder("orderflow.relay.oldest.unpublished", this, m -> m.oldestUnpublishedSeconds)
                .description("Age of the oldest outbox event Kafka has not acknowledged yet, 0 when none")
                .tag("database", database).baseUnit("seconds").register(registry);
    }

    /** Kafka acknowledged an event; {@code occurredAt} is null when its value carries none. */
    void acknowledged(Instant occurredAt) {
        forwarded.increment();
        if (occurredAt != null) {
            lag.record(Duration.between(occurredAt, clock.instant()).isNegative() ? Duration.ZERO
                    : Duration.between(occurredAt, clock.instant()));
            acknowledgedUpTo.accumulateAndGet(occurredAt, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    void refused() {
        errors.increment();
    }

    /** Looks the oldest unpublished row up again; on failure the last value stays. */
    void refreshOldestUnpublished() {
        try {
            oldestUnpublishedSeconds = oldestRow.newerThan(acknowledgedUpTo.get())
                    .map(t -> Math.max(0, Duration.between(t, clock.instant()).toMillis() / 1000.0))
                    .orElse(0.0);
        } catch (Exception e) {
            LOG.debug("oldest unpublished event not looked up: {}", e.toString());
        }
    }

    double oldestUnpublishedSeconds() {
        return oldestUnpublishedSeconds;
    }
}
