package io.orderflow.relay;

import static io.orderflow.relay.RelayTestSupport.consumeAtLeast;
import static io.orderflow.relay.RelayTestSupport.eventIds;
import static io.orderflow.relay.RelayTestSupport.header;
import static io.orderflow.relay.RelayTestSupport.insert;
import static io.orderflow.relay.RelayTestSupport.insertEvents;
import static io.orderflow.relay.RelayTestSupport.newAggregateType;
import static io.orderflow.relay.RelayTestSupport.newOutboxDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The relay's contract with consumers, the same in both modes, against a real PostgreSQL and Kafka broker. */
class OutboxRelayIT {

    @ParameterizedTest
    @EnumSource(RelayMode.class)
    void relaysRowsWrittenBeforeAndAfterItStartsAndResendsNoneAfterACleanRestart(RelayMode mode) throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        RelayConfig config = RelayTestSupport.config(db, mode);

        List<UUID> beforeStart = insertEvents(db, type, 5);
        try (OutboxRelay relay = OutboxRelay.start(config)) {
            await().atMost(Duration.ofSeconds(60)).until(relay::allStreaming);
            List<UUID> whileRunning = insertEvents(db, type, 20);
            List<ConsumerRecord<String, String>> records = consumeAtLeast(type + ".events", 25);
            assertThat(eventIds(records)).containsAll(beforeStart).containsAll(whileRunning);
            ConsumerRecord<String, String> first = records.get(0);
            assertThat(header(first, "eventType")).isEqualTo("WidgetMade");
            assertThat(header(first, "schemaVersion")).isEqualTo("1");
            assertThat(first.key()).startsWith(type + "-");
            assertThat(first.value()).contains("\"widgetNumber\"");
        }

        try (OutboxRelay relay = OutboxRelay.start(config)) {
            await().atMost(Duration.ofSeconds(60)).until(relay::allStreaming);
            List<UUID> afterRestart = insertEvents(db, type, 3);
            List<UUID> ids = eventIds(consumeAtLeast(type + ".events", 28));
            assertThat(ids).containsAll(afterRestart);
            assertThat(ids).as("no event is re-sent after a clean restart").doesNotHaveDuplicates().hasSize(28);
        }
    }

    @ParameterizedTest
    @EnumSource(RelayMode.class)
    void recordCarriesTheRowAsTheOutboxRouterMapsIt(RelayMode mode) throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        UUID traced = insert(db, type, "w-1", 7, traceparent, "corr-1");
        UUID untraced = insert(db, type, "w-2", 8, null, null);
        try (OutboxRelay relay = OutboxRelay.start(RelayTestSupport.config(db, mode))) {
            List<ConsumerRecord<String, String>> records = consumeAtLeast(type + ".events", 2);
            assertThat(records).hasSize(2);
            ConsumerRecord<String, String> full = only(records, traced);
            assertThat(full.key()).isEqualTo("w-1");
            assertThat(full.value()).isEqualTo(payloadText(db, traced));
            assertThat(headers(full)).containsExactly("id=" + traced, "eventId=" + traced, "eventType=WidgetMade",
                    "aggregateType=" + type, "schemaVersion=1", "traceparent=" + traceparent, "correlationId=corr-1");
            ConsumerRecord<String, String> bare = only(records, untraced);
            assertThat(bare.key()).isEqualTo("w-2");
            assertThat(headers(bare)).as("null columns are left out").containsExactly("id=" + untraced,
                    "eventId=" + untraced, "eventType=WidgetMade", "aggregateType=" + type, "schemaVersion=1");
        }
    }

    private static ConsumerRecord<String, String> only(List<ConsumerRecord<String, String>> records, UUID id) {
        return records.stream().filter(r -> id.toString().equals(header(r, "eventId"))).findFirst().orElseThrow();
    }

    private static List<String> headers(ConsumerRecord<String, String> record) {
        List<String> all = new ArrayList<>();
        for (Header h : record.headers()) {
            all.add(h.key() + "=" + header(record, h.key()));
        }
        return all;
    }

    private static String payloadText(String db, UUID id) throws Exception {
        try (Connection c = RelayTestSupport.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT payload::text FROM outbox WHERE id = '" + id + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
