package io.orderflow.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * All database relays of one process, in the configured {@link RelayMode}, sharing one idempotent Kafka producer,
 * and the housekeeping that keeps their outboxes bounded.
 */
public final class OutboxRelay implements AutoCloseable {

    private final RelayMode mode;
    private final Producer<String, String> producer;
    private final List<RelayWorker> relays;
    private final List<Thread> threads;
    private final OutboxHousekeeping housekeeping;
    private final RelayMetrics metrics;

    private OutboxRelay(RelayMode mode, Producer<String, String> producer, List<RelayWorker> relays,
                        List<Thread> threads, OutboxHousekeeping housekeeping, RelayMetrics metrics) {
        this.mode = mode;
        this.producer = producer;
        this.relays = relays;
        this.threads = threads;
        this.housekeeping = housekeeping;
        this.metrics = metrics;
    }

    public static OutboxRelay start(RelayConfig config) {
        try {
            Files.createDirectories(config.stateDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Producer<String, String> producer = new KafkaProducer<>(producerProperties(config));
        RelayMetrics metrics = new RelayMetrics(config, Clock.systemUTC());
        List<RelayWorker> relays = config.databases().stream()
                .map(db -> config.mode() == RelayMode.POLLING
                        ? (RelayWorker) new PollingRelay(config, db, metrics.instrument(db, producer))
                        : new DatabaseRelay(config, db, metrics.instrument(db, producer)))
                .toList();
        List<Thread> threads = relays.stream()
                .map(relay -> {
                    Thread t = new Thread(relay, "outbox-relay-" + relay.database());
                    t.start();
                    return t;
                })
                .toList();
        return new OutboxRelay(config.mode(), producer, relays, threads, OutboxHousekeeping.start(config), metrics);
    }

    static Properties producerProperties(RelayConfig config) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        // Bounds how long a batch waits for Kafka (and, in polling mode, holds its claimed rows).
        long timeout = config.kafkaTimeout().toMillis();
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(timeout));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(30_000, timeout / 2)));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    /** The relay's meters ({@code /metrics}). */
    public RelayMetrics metrics() {
        return metrics;
    }

    /** True once every database relay streams its outbox. */
    public boolean allStreaming() {
        return relays.stream().allMatch(r -> r.state() == RelayWorker.State.STREAMING);
    }

    /** Events Kafka acknowledged since start, over all databases. */
    public long forwarded() {
        return relays.stream().mapToLong(RelayWorker::forwarded).sum();
    }

    /** Events given up on (dead rows) since start, over all databases; always 0 in debezium mode. */
    public long dead() {
        return relays.stream().mapToLong(RelayWorker::dead).sum();
    }

    /** Mode, rows deleted by housekeeping, and per database: state, events forwarded, dead rows, last error. */
    public String statusJson() {
        StringBuilder json = new StringBuilder("{\"status\":\"").append(allStreaming() ? "UP" : "DOWN")
                .append("\",\"mode\":\"").append(mode.name().toLowerCase(Locale.ROOT))
                .append("\",\"housekeepingDeleted\":").append(housekeeping.deleted())
                .append(",\"relays\":[");
        for (int i = 0; i < relays.size(); i++) {
            RelayWorker r = relays.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"database\":\"").append(r.database())
                    .append("\",\"state\":\"").append(r.state())
                    .append("\",\"forwarded\":").append(r.forwarded())
                    .append(",\"dead\":").append(r.dead())
                    .append(",\"lastError\":").append(quote(r.lastError())).append('}');
        }
        return json.append("]}").toString();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    @Override
    public void close() {
        housekeeping.close();
        relays.forEach(RelayWorker::stop);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        producer.close();
        metrics.close();
    }
}
