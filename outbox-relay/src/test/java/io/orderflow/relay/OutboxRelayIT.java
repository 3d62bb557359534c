package io.orderflow.relay;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay against a real PostgreSQL and a real Kafka broker. */
class OutboxRelayIT {

    /** The services' own outbox migrations, applied in order, so the relay is tested on the real table. */
    private static final Path OUTBOX_MIGRATIONS = Path.of("../event-outbox/src/main/resources/db/outbox");

    @TempDir
    static Path dir;
    static PostgresServer postgres;
    static KafkaBroker kafka;

    @BeforeAll
    static void startServers() {
        postgres = PostgresServer.start(dir.resolve("pg"), Ports.freePort());
        kafka = KafkaBroker.start(dir.resolve("kafka"), Ports.freePort(), Ports.freePort());
    }

    @AfterAll
    static void stopServers() {
        kafka.close();
        postgres.close();
    }

    @Test
    void relaysRowsWrittenBeforeAndAfterItStartsAndResendsNoneAfterACleanRestart() throws Exception {
        String db = "relay_" + UUID.randomUUID().toString().substring(0, 8);
        postgres.createDatabases(List.of(db));
        try (java.util.stream.Stream<Path> migrations = Files.list(OUTBOX_MIGRATIONS)) {
            for (Path migration : migrations.sorted().toList()) {
                exec(db, Files.readString(migration));
            }
        }
        RelayConfig config = new RelayConfig(kafka.bootstrapServers(), "localhost", postgres.port(), "postgres", "",
                List.of(db), dir.resolve("state-" + db), 0);

        List<UUID> beforeStart = insertEvents(db, "widget", 5);
        List<UUID> whileRunning;
        try (OutboxRelay relay = OutboxRelay.start(config)) {
            await().atMost(Duration.ofSeconds(60)).until(relay::allStreaming);
            whileRunning = insertEvents(db, "widget", 20);
            List<ConsumerRecord<String, String>> records = consumeAtLeast("widget.events", 25);
            assertThat(eventIds(records)).containsAll(beforeStart).containsAll(whileRunning);
            ConsumerRecord<String, String> first = records.get(0);
            assertThat(header(first, "eventType")).isEqualTo("WidgetMade");
            assertThat(header(first, "schemaVersion")).isEqualTo("1");
            assertThat(first.key()).startsWith("widget-");
            assertThat(first.value()).contains("\"widgetNumber\"");
        }

        List<UUID> afterRestart;
        try (OutboxRelay relay = OutboxRelay.start(config)) {
            await().atMost(Duration.ofSeconds(60)).until(relay::allStreaming);
            afterRestart = insertEvents(db, "widget", 3);
            List<ConsumerRecord<String, String>> records = consumeAtLeast("widget.events", 28);
            List<UUID> ids = eventIds(records);
            assertThat(ids).containsAll(afterRestart);
            assertThat(ids).as("no event is re-sent after a clean restart").doesNotHaveDuplicates();
        }
    }

    private static List<UUID> insertEvents(String db, String aggregateType, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = connect(db);
             PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, aggregatetype, aggregateid, type, "
                     + "schemaversion, payload) VALUES (?, ?, ?, 'WidgetMade', 1, ?::jsonb)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ps.setObject(1, id);
                ps.setString(2, aggregateType);
                ps.setString(3, aggregateType + "-" + i);
                ps.setString(4, "{\"widgetNumber\": " + i + "}");
                ps.executeUpdate();
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<ConsumerRecord<String, String>> consumeAtLeast(String topic, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
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

    private static List<UUID> eventIds(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> UUID.fromString(header(r, "eventId"))).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void exec(String db, String sql) throws Exception {
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(String db) throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl(db), "postgres", "");
    }
}
