package io.orderflow.relay;

import static org.awaitility.Awaitility.await;

import io.orderflow.infra.Ports;
import io.orderflow.infra.kafka.KafkaBroker;
import io.orderflow.infra.postgres.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** One real PostgreSQL and one real Kafka broker for every relay test in the JVM, and helpers around them. */
final class RelayTestSupport {

    /** The services' own outbox migrations, applied in order, so the relay is tested on the real table. */
    private static final Path OUTBOX_MIGRATIONS = Path.of("../event-outbox/src/main/resources/db/outbox");

    static final Path DIR = Path.of("target/relay-it-" + ProcessHandle.current().pid());
    static final PostgresServer POSTGRES;
    static final KafkaBroker KAFKA;

    static {
        POSTGRES = PostgresServer.start(DIR.resolve("pg"), Ports.freePort());
        KAFKA = KafkaBroker.start(DIR.resolve("kafka"), Ports.freePort(), Ports.freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            KAFKA.close();
            POSTGRES.close();
        }));
    }

    private RelayTestSupport() {
    }

    /** A fresh database with the outbox migrations applied. */
    static String newOutboxDatabase() throws Exception {
        String db = "relay_" + UUID.randomUUID().toString().substring(0, 8);
        POSTGRES.createDatabases(List.of(db));
        try (Stream<Path> migrations = Files.list(OUTBOX_MIGRATIONS)) {
            for (Path migration : migrations.sorted().toList()) {
                exec(db, Files.readString(migration));
            }
        }
        return db;
    }

    /** A unique aggregate type, hence a topic of its own ({@code <type>.events}). */
    static String newAggregateType() {
        return "widget" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RelayConfig config(String db, RelayMode mode, String... overrides) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers());
        env.put("RELAY_DB_PORT", Integer.toString(POSTGRES.port()));
        env.put("RELAY_DATABASES", db);
        env.put("RELAY_STATE_DIR", DIR.resolve("state-" + db).toString());
        env.put("RELAY_HEALTH_PORT", "0");
        env.put("RELAY_MODE", mode.name().toLowerCase(Locale.ROOT));
        env.put("RELAY_POLL_INTERVAL", "20ms");
        for (int i = 0; i < overrides.length; i += 2) {
            env.put(overrides[i], overrides[i + 1]);
        }
        return RelayConfig.fromEnvironment(env);
    }

    /** {@code count} events, each of its own aggregate {@code <type>-<i>}. */
    static List<UUID> insertEvents(String db, String aggregateType, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(insert(db, aggregateType, aggregateType + "-" + i, i, null, null));
        }
        return ids;
    }

    /** {@code count} events of one aggregate, numbered 0.. in their payload, each in its own transaction. */
    static List<UUID> insertSequence(String db, String aggregateType, String aggregateId, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(insert(db, aggregateType, aggregateId, i, null, null));
        }
        return ids;
    }

    static UUID insert(String db, String aggregateType, String aggregateId, int n, String traceparent,
                       String correlationId) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = connect(db);
             PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, aggregatetype, aggregateid, type, "
                     + "schemaversion, payload, traceparent, correlation_id) "
                     + "VALUES (?, ?, ?, 'WidgetMade', 1, ?::jsonb, ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, aggregateType);
            ps.setString(3, aggregateId);
            ps.setString(4, "{\"widgetNumber\": " + n + "}");
            ps.setString(5, traceparent);
            ps.setString(6, correlationId);
            ps.executeUpdate();
        }
        return id;
    }

    static List<ConsumerRecord<String, String>> consumeAtLeast(String topic, int count) {
        return consumeAtLeast(KAFKA.bootstrapServers(), topic, count);
    }

    /** Every record on the topic once at least {@code count} arrived, plus anything more already there. */
    static List<ConsumerRecord<String, String>> consumeAtLeast(String bootstrap, String topic, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
            // Anything more that is already there (a duplicate) must show up too.
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    static List<UUID> eventIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> UUID.fromString(header(r, "eventId"))).toList();
    }

    /** The payload numbers of each key's records, in the order Kafka holds them. */
    static Map<String, List<Integer>> numbersByKey(List<ConsumerRecord<String, String>> records) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        records.stream()
                .sorted((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                        : Long.compare(a.offset(), b.offset()))
                .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(
                        Integer.parseInt(r.value().replaceAll("\\D+", ""))));
        return byKey;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static void exec(String db, String sql) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(String db, String where) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Connection connect(String db) throws Exception {
        return DriverManager.getConnection(POSTGRES.jdbcUrl(db), "postgres", "");
    }
}
