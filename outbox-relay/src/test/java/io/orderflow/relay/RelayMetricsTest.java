package io.orderflow.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RelayMetricsTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicReference<Instant> askedNewerThan = new AtomicReference<>();
    private final AtomicReference<Instant> oldestRow = new AtomicReference<>();
    private final DatabaseMeters meters = new DatabaseMeters(registry, "orders", clock, mark -> {
        askedNewerThan.set(mark);
        return Optional.ofNullable(oldestRow.get());
    });
    private final MockProducer<String, String> kafka =
            new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
    private final Producer<String, String> producer = MeasuredProducer.wrap(kafka, meters);

    @Test
    void everyDatabaseHasItsMetersAtZeroBeforeTheFirstEvent() {
        RelayConfig config = RelayConfig.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "localhost:1",
                "RELAY_DB_PORT", "1", "RELAY_DATABASES", "orders,payments", "RELAY_STATE_DIR", "unused",
                "RELAY_HEALTH_PORT", "0"));
        try (RelayMetrics metrics = new RelayMetrics(config, Clock.systemUTC())) {
            String scrape = metrics.scrape();
            for (String database : List.of("orders", "payments")) {
                assertThat(scrape).contains("orderflow_relay_events_forwarded_total{database=\"" + database + "\"} 0")
                        .contains("orderflow_relay_publish_lag_seconds_count{database=\"" + database + "\"} 0")
                        .contains("orderflow_relay_publish_lag_seconds_bucket{database=\"" + database + "\",le=\"1.0\"}")
                        .contains("orderflow_relay_oldest_unpublished_seconds{database=\"" + database + "\"} 0");
            }
        }
    }

    @Test
    void anAcknowledgedEventIsCountedWithItsLagFromOccurredAt() throws Exception {
        clock.now = START.plusMillis(300);

        producer.send(event(START)).get();

        assertThat(registry.get("orderflow.relay.events.forwarded").counter().count()).isEqualTo(1);
        var lag = registry.get("orderflow.relay.publish.lag").timer();
        assertThat(lag.count()).isEqualTo(1);
        assertThat(lag.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(300);
        assertThat(kafka.history()).hasSize(1);
    }

    @Test
    void aCallerCallbackStillRunsAndARefusalIsCountedAsAnError() {
        MockProducer<String, String> failing =
                new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        Producer<String, String> measured = MeasuredProducer.wrap(failing, meters);
        AtomicReference<Exception> seen = new AtomicReference<>();

        measured.send(event(START), (metadata, error) -> seen.set(error));
        failing.errorNext(new IllegalStateException("broker gone"));

        assertThat(seen.get()).hasMessage("broker gone");
        assertThat(registry.get("orderflow.relay.publish.errors").counter().count()).isEqualTo(1);
        assertThat(registry.get("orderflow.relay.events.forwarded").counter().count()).isZero();
    }

    @Test
    void theOldestUnpublishedIsTheOldestRowNewerThanTheNewestAcknowledgedEvent() throws Exception {
        clock.now = START.plusSeconds(60);
        producer.send(event(START.plusSeconds(10))).get();
        producer.send(event(START.plusSeconds(5))).get();
        oldestRow.set(START.plusSeconds(20));

        meters.refreshOldestUnpublished();

        assertThat(askedNewerThan.get()).isEqualTo(START.plusSeconds(10));
        assertThat(meters.oldestUnpublishedSeconds()).isEqualTo(40);
        oldestRow.set(null);
        meters.refreshOldestUnpublished();
        assertThat(meters.oldestUnpublishedSeconds()).isZero();
    }

    @Test
    void beforeTheFirstAcknowledgementRowsAreCountedFromTheRelaysStart() {
        clock.now = START.plusSeconds(45);
        oldestRow.set(START.plusSeconds(15));

        meters.refreshOldestUnpublished();

        assertThat(askedNewerThan.get()).isEqualTo(START);
        assertThat(meters.oldestUnpublishedSeconds()).isEqualTo(30);
    }

    @Test
    void aDatabaseThatCannotAnswerLeavesTheLastValue() {
        clock.now = START.plusSeconds(45);
        oldestRow.set(START.plusSeconds(15));
        meters.refreshOldestUnpublished();
        DatabaseMeters broken = new DatabaseMeters(registry, "inventory", clock, mark -> {
            throw new java.sql.SQLException("down");
        });

        broken.refreshOldestUnpublished();

        assertThat(broken.oldestUnpublishedSeconds()).isZero();
        assertThat(meters.oldestUnpublishedSeconds()).isEqualTo(30);
    }

    @Test
    void occurredAtIsReadFromTheEnvelopesTopLevelOnly() {
        assertThat(MeasuredProducer.occurredAt("{\"data\": {\"occurredAt\": \"2020-01-01T00:00:00Z\"}, "
                + "\"occurredAt\": \"2026-12-01T10:00:00.123456Z\", \"type\": \"OrderPlaced\"}"))
                .isEqualTo(Instant.parse("2026-12-01T10:00:00.123456Z"));
        assertThat(MeasuredProducer.occurredAt("{\"occurredAt\": 1764583200.5}"))
                .isEqualTo(Instant.parse("2025-12-01T10:00:00.5Z"));
        assertThat(MeasuredProducer.occurredAt("{\"widgetNumber\": 1}")).isNull();
        assertThat(MeasuredProducer.occurredAt("not json")).isNull();
        assertThat(MeasuredProducer.occurredAt(null)).isNull();
    }

    @Test
    void theMarkIsComparedAtTheDatabasesPrecisionSoARoundedUpRowIsNotUnpublished() {
        assertThat(OldestOutboxRow.ceilToMicros(Instant.parse("2026-12-01T10:00:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-12-01T10:00:00.123457Z"));
        assertThat(OldestOutboxRow.ceilToMicros(Instant.parse("2026-12-01T10:00:00.123456Z")))
                .isEqualTo(Instant.parse("2026-12-01T10:00:00.123456Z"));
    }

    private static ProducerRecord<String, String> event(Instant occurredAt) {
        return new ProducerRecord<>("order.events", "order-1",
                "{\"eventId\": \"e\", \"occurredAt\": \"" + occurredAt + "\", \"data\": {}}");
    }

    private static final class MutableClock extends Clock {

        Instant now = START;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
