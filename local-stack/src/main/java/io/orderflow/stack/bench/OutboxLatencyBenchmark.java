package io.orderflow.stack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Time from an outbox row's commit to its record arriving on Kafka, through the running stack's
 * relay. Writes {@code count} rows (aggregate type {@code benchmark}, topic {@code benchmark.events})
 * into the orders database, one transaction each, at {@code rate} per second, and prints percentiles. It only
 * watches the database and the topic, so it measures either relay mode ({@code RELAY_MODE=debezium|polling ./stack});
 * it names the mode the relay reports on its health endpoint. In polling mode an idle relay adds up to one
 * {@code RELAY_POLL_INTERVAL}. The first 50 rows (another aggregate) are a warm-up and not measured.
 *
 * <p>{@code bin/bench-outbox-latency [count=1000] [ratePerSecond=200]}
 */
public final class OutboxLatencyBenchmark {

    private static final String TOPIC = "benchmark.events";
    private static final int WARM_UP = 50;

    private OutboxLatencyBenchmark() {
    }

    /** What one measurement saw; latencies in milliseconds, NaN when no record arrived. */
    public record Result(String relayMode, int count, int rate, double seconds, int received, double p50Ms,
                         double p90Ms, double p99Ms, double maxMs) {

        public boolean complete() {
            return received == count;
        }

        @Override
        public String toString() {
            return String.format("relay mode: %s%noutbox commit -> Kafka record, %d events at %d/s (%.1f s): "
                    + "received %d%s%n  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n", relayMode, count, rate,
                    seconds, received, complete() ? "" : " (INCOMPLETE)", p50Ms, p90Ms, p99Ms, maxMs);
        }
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String jdbcUrl = System.getProperty("jdbc", "jdbc:postgresql://localhost:15432/orders");
        String bootstrap = System.getProperty("kafka", "localhost:19092");
        String health = System.getProperty("relayHealth", "http://localhost:18090/health");
        System.out.print(measure(jdbcUrl, bootstrap, health, count, rate));
    }

    /** Writes {@code count} rows at {@code rate} per second into the database at {@code jdbcUrl} and times them. */
    public static Result measure(String jdbcUrl, String bootstrap, String relayHealthUrl, int count, int rate)
            throws Exception {
        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        List<Long> latenciesMicros = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch received = new CountDownLatch(count);
        String runId = UUID.randomUUID().toString();

        createTopicIfMissing(bootstrap);
        CountDownLatch positioned = new CountDownLatch(1);
        Thread consumer = new Thread(() -> consume(bootstrap, runId, committedAt, latenciesMicros, positioned,
                received));
        consumer.setDaemon(true);
        consumer.start();
        if (!positioned.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the consumer could not reach " + TOPIC + " on " + bootstrap);
        }

        long started;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO outbox (id, aggregatetype, aggregateid, "
                     + "type, schemaversion, payload) VALUES (?, 'benchmark', ?, 'BenchmarkTick', 1, ?::jsonb)")) {
            c.setAutoCommit(true);
            // Not measured: the relay's first record to a topic waits for the topic's metadata, once per relay.
            write(insert, "warm-up-" + runId, WARM_UP, rate, new ConcurrentHashMap<>());
            Thread.sleep(2000);
            started = System.nanoTime();
            write(insert, runId, count, rate, committedAt);
        }
        received.await(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        deleteBenchmarkRows(jdbcUrl, runId);
        List<Long> sorted;
        synchronized (latenciesMicros) {
            sorted = new ArrayList<>(latenciesMicros);
        }
        Collections.sort(sorted);
        return new Result(relayMode(relayHealthUrl), count, rate, seconds, sorted.size(), pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** Writes {@code count} rows of one aggregate at {@code rate} per second, each in its own transaction. */
    private static void write(PreparedStatement insert, String aggregateId, int count, int rate,
                              Map<String, Long> committedAt) throws java.sql.SQLException {
        long started = System.nanoTime();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < count; i++) {
            // Parked, not spinning: a writer spinning between rows would take a CPU from the relay it measures.
            long wait = started + i * intervalNanos - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            UUID id = UUID.randomUUID();
            insert.setObject(1, id);
            insert.setString(2, aggregateId);
            insert.setString(3, "{\"n\":" + i + "}");
            insert.executeUpdate();
            committedAt.put(id.toString(), System.nanoTime());
        }
    }

    /** The mode the running relay reports, or "unknown" when its health endpoint does not answer. */
    private static String relayMode(String healthUrl) {
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(healthUrl))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"mode\":\"(\\w+)\"").matcher(body);
            return m.find() ? m.group(1) : "debezium (no mode reported)";
        } catch (IOException e) {
            return "unknown (" + healthUrl + " not reachable)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static void createTopicIfMissing(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void consume(String bootstrap, String runId, Map<String, Long> committedAt,
                                List<Long> latenciesMicros, CountDownLatch positioned, CountDownLatch received) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            // Assigned partitions, positioned at their end: no group to join, nothing to wait for later.
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (received.getCount() > 0) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    var header = r.headers().lastHeader("eventId");
                    if (!runId.equals(r.key()) || header == null) {
                        continue;
                    }
                    String id = new String(header.value());
                    Long committed = null;
                    for (int spin = 0; committed == null && spin < 1000; spin++) {
                        committed = committedAt.get(id); // the put may trail the commit by microseconds
                    }
                    if (committed != null) {
                        latenciesMicros.add((now - committed) / 1000);
                        received.countDown();
                    }
                }
            }
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static void deleteBenchmarkRows(String jdbcUrl, String runId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM outbox WHERE aggregatetype = 'benchmark' AND aggregateid IN (?, ?)")) {
            delete.setString(1, runId);
            delete.setString(2, "warm-up-" + runId);
            delete.executeUpdate();
        }
    }
}
