package io.orderflow.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/** All database relays of one process, sharing one idempotent Kafka producer. */
public final class OutboxRelay implements AutoCloseable {

    private final Producer<String, String> producer;
    private final List<DatabaseRelay> relays;
    private final List<Thread> threads;
    private final RelayMetrics metrics;

    private OutboxRelay(Producer<String, String> producer, List<DatabaseRelay> relays, List<Thread> threads,
                        RelayMetrics metrics) {
        this.producer = producer;
        this.relays = relays;
        this.threads = threads;
        this.metrics = metrics;
    }

    public static OutboxRelay start(RelayConfig config) {
        try {
            Files.createDirectories(config.stateDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Producer<String, String> producer = new KafkaProducer<>(producerProperties(config));
        RelayMetrics metrics = new RelayMetrics(config, java.time.Clock.systemUTC());
        List<DatabaseRelay> relays = config.databases().stream()
                .map(db -> new DatabaseRelay(config, db, metrics.instrument(db, producer)))
                .toList();
        List<Thread> threads = relays.stream()
                .map(relay -> {
                    Thread t = new Thread(relay, "outbox-relay-" + relay.database());
                    t.start();
                    return t;
                })
                .toList();
        return new OutboxRelay(producer, relays, threads, metrics);
    }

    static Properties producerProperties(RelayConfig config) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
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
        return relays.stream().allMatch(r -> r.state() == DatabaseRelay.State.STREAMING);
    }

    /** One line of JSON per database: state, events forwarded, last error. */
    public String statusJson() {
        StringBuilder json = new StringBuilder("{\"status\":\"").append(allStreaming() ? "UP" : "DOWN")
                .append("\",\"relays\":[");
        for (int i = 0; i < relays.size(); i++) {
            DatabaseRelay r = relays.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"database\":\"").append(r.database())
                    .append("\",\"state\":\"").append(r.state())
                    .append("\",\"forwarded\":").append(r.forwarded())
                    .append(",\"lastError\":").append(quote(r.lastError())).append('}');
        }
        return json.append("]}").toString();
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    @Override
    public void close() {
        relays.forEach(DatabaseRelay::stop);
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
