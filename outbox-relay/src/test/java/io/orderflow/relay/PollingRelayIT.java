package io.orderflow.relay;

import static io.orderflow.relay.RelayTestSupport.DIR;
import static io.orderflow.relay.RelayTestSupport.consumeAtLeast;
import static io.orderflow.relay.RelayTestSupport.count;
import static io.orderflow.relay.RelayTestSupport.eventIds;
import static io.orderflow.relay.RelayTestSupport.insert;
import static io.orderflow.relay.RelayTestSupport.insertSequence;
import static io.orderflow.relay.RelayTestSupport.newAggregateType;
import static io.orderflow.relay.RelayTestSupport.newOutboxDatabase;
import static io.orderflow.relay.RelayTestSupport.numbersByKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.infra.Ports;
import io.orderflow.infra.kafka.KafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What only the polling relay does: share a database, retry with backoff, give up on a row. */
class PollingRelayIT {

    @Test
    void twoRelaysOnOneDatabasePublishEachRowOnceAndInOrderPerAggregate() throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        RelayConfig config = RelayTestSupport.config(db, RelayMode.POLLING, "RELAY_POLL_BATCH_SIZE", "7");
        try (OutboxRelay one = OutboxRelay.start(config); OutboxRelay two = OutboxRelay.start(config)) {
            for (int n = 0; n < 40; n++) {
                for (int aggregate = 0; aggregate < 5; aggregate++) {
                    insert(db, type, "w-" + aggregate, n, null, null);
                }
            }
            List<ConsumerRecord<String, String>> records = consumeAtLeast(type + ".events", 200);
            assertThat(eventIds(records)).hasSize(200).doesNotHaveDuplicates();
            assertThat(numbersByKey(records)).hasSize(5).allSatisfy((key, numbers) ->
                    assertThat(numbers).as(key).isEqualTo(IntStream.range(0, 40).boxed().toList()));
            await().atMost(Duration.ofSeconds(10)).until(() -> one.forwarded() + two.forwarded() == 200);
            assertThat(count(db, "published_at IS NULL")).isZero();
        }
    }

    @Test
    void aKafkaOutageCountsAttemptsAndBacksOffThenPublishesInOrderOnceKafkaIsBack() throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        int port = Ports.freePort();
        RelayConfig config = RelayTestSupport.config(db, RelayMode.POLLING, "KAFKA_BOOTSTRAP_SERVERS",
                "localhost:" + port, "RELAY_KAFKA_TIMEOUT", "500ms", "RELAY_RETRY_BASE", "200ms", "RELAY_RETRY_MAX",
                "1s", "RELAY_MAX_ATTEMPTS", "1000");
        insertSequence(db, type, "w-a", 5);
        insertSequence(db, type, "w-b", 5);
        try (OutboxRelay relay = OutboxRelay.start(config)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count(db, "attempts >= 2") == 10);
            assertThat(count(db, "published_at IS NULL AND next_attempt_at IS NOT NULL AND last_error IS NOT NULL"))
                    .isEqualTo(10);
            try (KafkaBroker recovered = KafkaBroker.start(DIR.resolve("kafka-" + db), port, Ports.freePort())) {
                await().atMost(Duration.ofSeconds(60)).until(() -> count(db, "published_at IS NULL") == 0);
                List<ConsumerRecord<String, String>> records =
                        consumeAtLeast(recovered.bootstrapServers(), type + ".events", 10);
                assertThat(eventIds(records)).hasSize(10).doesNotHaveDuplicates();
                assertThat(numbersByKey(records)).isEqualTo(Map.of(
                        "w-a", List.of(0, 1, 2, 3, 4), "w-b", List.of(0, 1, 2, 3, 4)));
            }
        }
    }

    @Test
    void aRowThatFailsItsLastAttemptIsDeadIsNotRetriedAndHoldsBackItsAggregate() throws Exception {
        String db = newOutboxDatabase();
        String type = newAggregateType();
        RelayConfig config = RelayTestSupport.config(db, RelayMode.POLLING, "KAFKA_BOOTSTRAP_SERVERS",
                "localhost:" + Ports.freePort(), "RELAY_KAFKA_TIMEOUT", "300ms", "RELAY_RETRY_BASE", "50ms",
                "RELAY_RETRY_MAX", "100ms", "RELAY_MAX_ATTEMPTS", "3");
        UUID doomed = insert(db, type, "w-1", 0, null, null);
        try (OutboxRelay relay = OutboxRelay.start(config)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> count(db, "dead_at IS NOT NULL") == 1);
            assertThat(count(db, "id = '" + doomed + "' AND attempts = 3 AND next_attempt_at IS NULL "
                    + "AND published_at IS NULL AND last_error LIKE '%Timeout%'")).isEqualTo(1);
            assertThat(relay.dead()).isEqualTo(1);
            assertThat(relay.statusJson()).contains("\"mode\":\"polling\"", "\"dead\":1");

            UUID later = insert(db, type, "w-1", 1, null, null);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                    count(db, "id = '" + doomed + "' AND attempts = 3") == 1
                            && count(db, "id = '" + later + "' AND attempts = 0") == 1);
        }
    }
}
