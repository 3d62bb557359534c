package io.orderflow.order.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.order.adapter.in.rest.ParticipantsStub;
import io.orderflow.order.application.OrderLedger;
import io.orderflow.order.application.PlaceOrderCommand;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.SharedInfrastructure;
import io.orderflow.testinfra.identity.TestIssuer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeline and notification consumers on the real broker, database and SMTP server. Records are produced the
 * way the outbox relay produces them (topic per aggregate, order id as key, the same headers and envelope).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
@QuarkusTestResource(MailServerResource.class)
class EventConsumersIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static KafkaProducer<String, String> producer;

    @Inject
    OrderLedger ledger;

    @BeforeAll
    static void connect() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void disconnect() {
        producer.close();
    }

    @Test
    void theTimelineShowsEveryServicesStepsInTheOrderTheyHappenedWhateverOrderTheyArrive() {
        String order = placeOrder("alice", "alice@example.com");
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        // Three topics, no order between them: the confirmation arrives first, the placement last.
        publish("order", order, "OrderConfirmed", t.plusSeconds(3), "{\"orderId\":\"" + order + "\",\"totalMinor\":2500,"
                + "\"currency\":\"EUR\",\"fulfillmentId\":\"" + UUID.randomUUID() + "\"}", "corr-1");
        publish("inventory", order, "StockReserved", t.plusSeconds(1), "{\"orderId\":\"" + order
                + "\",\"expiresAt\":\"2026-12-01T10:15:00Z\"}", "corr-1");
        publish("order", order, "OrderPlaced", t, "{\"orderId\":\"" + order + "\"}", "corr-1");

        JsonPath timeline = await().atMost(PATIENCE).until(() -> as("alice", "customer")
                .get("/orders/" + order + "/timeline").then().statusCode(200).extract().jsonPath(),
                json -> json.getList("steps").size() == 3);

        assertThat(timeline.getList("steps.event")).containsExactly("OrderPlaced", "StockReserved", "OrderConfirmed");
        assertThat(timeline.getList("steps.service"))
                .containsExactly("order-service", "inventory-service", "order-service");
        assertThat(timeline.getList("steps.correlationId")).containsOnly("corr-1");
        assertThat(timeline.getString("current.state")).as("a NEW order nobody retried").isEqualTo("RUNNING");
        as("bob", "customer").get("/orders/" + order + "/timeline").then().statusCode(404)
                .contentType("application/problem+json");
        as("night-shift", "ops").get("/orders/" + order + "/timeline").then().statusCode(200)
                .body("steps.size()", equalTo(3));
    }

    @Test
    void anEventDeliveredTwiceIsProjectedOnceAndMailedOnce() {
        String order = placeOrder("carol", "carol@example.com");
        UUID eventId = UUID.randomUUID();
        String cancelled = envelope(eventId, "order", order, "OrderCancelled", Instant.now(),
                "{\"orderId\":\"" + order + "\",\"cancelledFrom\":\"RESERVED\"}");
        send("order.events", order, cancelled, headers(eventId, "OrderCancelled", "order", null));
        send("order.events", order, cancelled, headers(eventId, "OrderCancelled", "order", null));
        String marker = publish("order", order, "OrderPlaced", Instant.now(), "{\"orderId\":\"" + order + "\"}", null);

        await().atMost(PATIENCE).until(() -> timelineEvents(order).contains(marker));
        assertThat(timelineEvents(order)).containsExactly(eventId.toString(), marker);
        await().atMost(PATIENCE).until(() -> mailsTo("carol@example.com").size() == 1);
        MimeMessage mail = mailsTo("carol@example.com").get(0);
        assertThat(subject(mail)).isEqualTo("Your order " + order + " is cancelled");
        assertThat(messageId(mail)).isEqualTo("<" + eventId + "@orderflow>");
    }

    @Test
    void aLateStatusEventIsNotMailedAfterANewerOneButStillAppearsInTheTimeline() throws Exception {
        String order = placeOrder("dave", "dave@example.com");
        Instant t = Instant.now();
        publish("order", order, "OrderCancelled", t.plusSeconds(5),
                "{\"orderId\":\"" + order + "\",\"cancelledFrom\":\"FULFILLMENT_CREATED\"}", null);
        await().atMost(PATIENCE).until(() -> mailsTo("dave@example.com").size() == 1);

        String late = publish("order", order, "OrderConfirmed", t, "{\"orderId\":\"" + order + "\","
                + "\"totalMinor\":990,\"currency\":\"EUR\"}", null);

        await().atMost(PATIENCE).until(() -> timelineEvents(order).contains(late));
        String refund = publish("payment", order, "PaymentRefunded", t.plusSeconds(6), "{\"orderId\":\"" + order
                + "\",\"amountMinor\":990,\"currency\":\"EUR\"}", null);
        await().atMost(PATIENCE).until(() -> mailsTo("dave@example.com").size() == 2);
        assertThat(mailsTo("dave@example.com").stream().map(EventConsumersIT::subject)).containsExactly(
                "Your order " + order + " is cancelled", "Refund for your order " + order);
        assertThat(mailsTo("dave@example.com").get(1).getContent().toString()).contains("9.90 EUR");
        // The timeline is another consumer group: it may see the refund after the mail went out.
        await().atMost(PATIENCE).until(() -> timelineEvents(order).contains(refund));
    }

    @Test
    void poisonIsDeadLetteredAtOnceWithWhereItCameFromAndWhy() {
        String key = UUID.randomUUID().toString();
        send("order.events", key, "{not json", Map.of());
        publish("order", key, "OrderTeleported", Instant.now(), "{}", null);
        send("order.events", key, envelope(UUID.randomUUID(), "order", key, "OrderPlaced", Instant.now(), "{}")
                .replace("\"schemaVersion\":1", "\"schemaVersion\":7"), Map.of());

        List<Map<String, Object>> letters = await().atMost(PATIENCE).until(
                () -> ops().get("/ops/dead-letters?consumer=timeline&orderId=" + key).then().statusCode(200)
                        .extract().jsonPath().getList("$"), list -> list.size() == 3);

        assertThat(letters).extracting(l -> l.get("reason").toString()).anySatisfy(r -> assertThat(r).contains("not JSON"))
                .anySatisfy(r -> assertThat(r).contains("unknown event type 'OrderTeleported'"))
                .anySatisfy(r -> assertThat(r).contains("schema version 7 of OrderPlaced"));
        assertThat(letters).allSatisfy(l -> {
            assertThat(l.get("topic")).isEqualTo("order.events");
            assertThat(l.get("status")).isEqualTo("PARKED");
            assertThat(l.get("exception").toString()).endsWith("PoisonEventException");
            assertThat(((Number) l.get("offset")).longValue()).isNotNegative();
        });
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(parkedGauge("timeline")).isGreaterThanOrEqualTo(3));
        String id = letters.get(0).get("id").toString();
        ops().get("/ops/dead-letters/" + id).then().statusCode(200).body("summary.id", equalTo(id));
        ops().post("/ops/dead-letters/" + id + "/replay").then().statusCode(200).body("replayed.size()", equalTo(0));
        ops().get("/ops/dead-letters/" + id).then().body("summary.status", equalTo("PARKED"))
                .body("summary.replays", equalTo(1));
    }

    /**
     * The notifier reads only the event types it mails about, by the relay's {@code eventType} header: poison of
     * another type is the timeline's to dead-letter, not the notifier's. A record without the header is read, as
     * before. Both records share a key, so the notifier handles them in order: once the second is parked, the first
     * would have been too.
     */
    @Test
    void theNotifierSkipsByTheirHeaderTheEventTypesNoMailIsAbout() {
        String key = UUID.randomUUID().toString();
        publish("order", key, "OrderTeleported", Instant.now(), "{}", null);
        send("order.events", key, "{not json", Map.of());

        List<Map<String, Object>> letters = await().atMost(PATIENCE).until(() -> parked("notifications", key),
                list -> !list.isEmpty());

        assertThat(letters).singleElement()
                .satisfies(letter -> assertThat(letter.get("reason").toString()).contains("not JSON"));
        await().atMost(PATIENCE).until(() -> parked("timeline", key), list -> list.size() == 2);
    }

    /**
     * The timeline takes a poll's records in one transaction. A record the database refuses (a correlation id longer
     * than its column) fails that transaction: each record is then applied alone, and only the refused one is
     * dead-lettered, after its retries; poison at once. The four go to one partition in one produce request, so the
     * consumer fetches them together.
     */
    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneAndTheRecordsPolledWithItAreProjected() {
        String order = placeOrder("frank", "frank@example.com");
        Instant t = Instant.now();
        String data = "{\"orderId\":\"" + order + "\"}";
        UUID first = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID last = UUID.randomUUID();

        sendTogether(List.of(
                record("order.events", order, envelope(first, "order", order, "OrderPlaced", t, data),
                        headers(first, "OrderPlaced", "order", "corr-3")),
                record("order.events", order, "{not json", Map.of()),
                record("order.events", order, envelope(refused, "order", order, "OrderPlaced", t.plusSeconds(1), data),
                        headers(refused, "OrderPlaced", "order", "c".repeat(100))),
                record("order.events", order, envelope(last, "order", order, "OrderPlaced", t.plusSeconds(2), data),
                        headers(last, "OrderPlaced", "order", "corr-3"))));

        await().atMost(PATIENCE).until(() -> parked("timeline", order).size() == 2);
        assertThat(timelineEvents(order)).containsExactly(first.toString(), last.toString());
        assertThat(parked("timeline", order)).extracting(l -> l.get("reason").toString())
                .anySatisfy(r -> assertThat(r).contains("not JSON"))
                .anySatisfy(r -> assertThat(r).contains("value too long"));
        assertThat(parked("timeline", order)).extracting(l -> l.get("eventId")).contains(refused.toString());
    }

    @Test
    void aMailServerOutageIsRetriedThenParkedAndAReplayMailsOnceHoweverOftenItRuns() {
        String order = placeOrder("erin", "erin@example.com");
        Instant since = Instant.now().minusSeconds(1);
        MailServerResource.stopServer();
        String failed;
        try {
            failed = publish("order", order, "OrderFailed", Instant.now(), "{\"orderId\":\"" + order + "\","
                    + "\"code\":\"PAYMENT_DECLINED\",\"reason\":\"the card was declined\"}", null);
            await().atMost(Duration.ofSeconds(90)).until(() -> parked("notifications", order).size() == 1);
        } finally {
            MailServerResource.startServer();
        }
        Map<String, Object> letter = parked("notifications", order).get(0);
        assertThat(letter.get("eventId")).isEqualTo(failed);
        assertThat(letter.get("reason").toString()).isNotBlank();
        assertThat(timelineEvents(order)).as("the other consumer was not held up").contains(failed);

        // The mailer's first send after the restart can time out on a connection it opened before the outage (a
        // CI run saw it); that replay fails and leaves the letter parked, as any failed replay does, and the
        // operator replays again.
        await().atMost(Duration.ofSeconds(60)).until(() -> ops().post("/ops/dead-letters/replay?orderId=" + order)
                .then().statusCode(200).extract().jsonPath().getList("replayed").size() == 1);
        ops().post("/ops/dead-letters/replay?since=" + since).then().statusCode(200);
        ops().post("/ops/dead-letters/" + letter.get("id") + "/replay").then().statusCode(200)
                .body("replayed.size()", equalTo(1));

        assertThat(mailsTo("erin@example.com")).hasSize(1);
        assertThat(subject(mailsTo("erin@example.com").get(0))).isEqualTo("Your order " + order + " could not be completed");
        ops().get("/ops/dead-letters/" + letter.get("id")).then().body("summary.status", equalTo("REPLAYED"));
    }

    @Test
    void operatorsGetClearErrorsForBadSelections() {
        ops().post("/ops/dead-letters/replay").then().statusCode(400).contentType("application/problem+json");
        ops().get("/ops/dead-letters?since=yesterday").then().statusCode(400).contentType("application/problem+json");
        ops().get("/ops/dead-letters?status=LOST").then().statusCode(400).contentType("application/problem+json");
        ops().get("/ops/dead-letters/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private String placeOrder(String customer, String email) {
        OrderId id = OrderId.newId();
        ledger.create(new PlaceOrderCommand(customer, UUID.randomUUID().toString(), "fingerprint",
                List.of(new OrderLine(new Sku("SKU-1"), new Quantity(1))), "1 Main St", "tok_approve", "EUR", email), id);
        return id.toString();
    }

    /** Publishes an event like the relay does; returns its event id. */
    private static String publish(String aggregate, String order, String type, Instant at, String data,
                                  String correlationId) {
        UUID eventId = UUID.randomUUID();
        send(aggregate + ".events", order, envelope(eventId, aggregate, order, type, at, data),
                headers(eventId, type, aggregate, correlationId));
        return eventId.toString();
    }

    private static String envelope(UUID eventId, String aggregate, String order, String type, Instant at, String data) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"" + type + "\",\"schemaVersion\":1,\"aggregateType\":\""
                + aggregate + "\",\"aggregateId\":\"" + order + "\",\"occurredAt\":\"" + at + "\",\"data\":" + data + "}";
    }

    private static Map<String, String> headers(UUID eventId, String type, String aggregate, String correlationId) {
        return correlationId == null
                ? Map.of("eventId", eventId.toString(), "eventType", type, "aggregateType", aggregate, "schemaVersion", "1")
                : Map.of("eventId", eventId.toString(), "eventType", type, "aggregateType", aggregate, "schemaVersion", "1",
                "correlationId", correlationId);
    }

    private static void send(String topic, String key, String value, Map<String, String> headers) {
        try {
            producer.send(record(topic, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    /** Sends the records in one produce request: a producer that waits for more before it sends, then flushes. */
    private static void sendTogether(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> lingering = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 1000),
                new StringSerializer(), new StringSerializer())) {
            records.forEach(lingering::send);
            lingering.flush();
        }
    }

    private static ProducerRecord<String, String> record(String topic, String key, String value,
                                                         Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static List<String> timelineEvents(String order) {
        return ops().get("/orders/" + order + "/timeline").then().statusCode(200).extract().jsonPath()
                .getList("steps.eventId", String.class);
    }

    private static List<Map<String, Object>> parked(String consumer, String order) {
        return ops().get("/ops/dead-letters?status=PARKED&consumer=" + consumer + "&orderId=" + order)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The value of orderflow_dead_letters for the consumer in /q/metrics. */
    private static double parkedGauge(String consumer) {
        String prefix = "orderflow_dead_letters{consumer=\"" + consumer + "\"}";
        return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(prefix)).mapToDouble(line -> Double.parseDouble(line.split(" ")[1]))
                .findFirst().orElseThrow(() -> new AssertionError(prefix + " is not in /q/metrics"));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MailServerResource.server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification ops() {
        return as("night-shift", "ops");
    }

    private static RequestSpecification as(String subject, String role) {
        return RestAssured.given().auth().oauth2(TestIssuer.get().token(subject, role));
    }
}
