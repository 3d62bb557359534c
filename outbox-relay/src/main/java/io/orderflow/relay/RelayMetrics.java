package io.orderflow.relay;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;

/**
 * The relay's Prometheus meters, served on {@code /metrics} beside {@code /health}, per database:
 * {@code orderflow_relay_events_forwarded_total}, {@code orderflow_relay_publish_errors_total},
 * {@code orderflow_relay_publish_lag_seconds} (histogram: the event's {@code occurredAt} to Kafka's
 * acknowledgement) and {@code orderflow_relay_oldest_unpublished_seconds} (see {@link DatabaseMeters}).
 */
public final class RelayMetrics implements AutoCloseable {

    /** How often the oldest unpublished event is looked up: one small query per database, never per scrape. */
    static final Duration REFRESH = Duration.ofSeconds(5);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, DatabaseMeters> databases = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "relay-metrics");
        t.setDaemon(true);
        return t;
    });

    /** Registers every database's meters at zero and starts looking up what is still unpublished. */
    public RelayMetrics(RelayConfig config, Clock clock) {
        List<String> names = config.databases();
        for (String database : names) {
            databases.put(database, new DatabaseMeters(registry, database, clock,
                    new OldestOutboxRow(config, database)));
        }
        refresher.scheduleWithFixedDelay(() -> databases.values().forEach(DatabaseMeters::refreshOldestUnpublished),
                0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The producer a database's relay sends through, so every acknowledgement is measured for that database. */
    public Producer<String, String> instrument(String database, Producer<String, String> producer) {
        DatabaseMeters meters = databases.get(database);
        if (meters == null) {
            throw new IllegalArgumentException("no meters for database " + database);
        }
        return MeasuredProducer.wrap(producer, meters);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    /** {@code GET /metrics} for the relay's small HTTP server. */
    public HttpHandler endpoint() {
        return exchange -> {
            byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        registry.close();
    }
}
