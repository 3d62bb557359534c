package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.stack.Stack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** HTTP in through the gateway, Kafka record out through the outbox relay, over the running stack. */
class OrderPlacedSliceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stack stack = RunningStack.get();
    private final Platform platform = new Platform(stack);

    @Test
    void placingAnOrderThroughTheGatewayPublishesOrderPlacedKeyedByTheOrder() throws Exception {
        String sku = platform.newSku(5, 100);
        String orderId = placeOrder(sku);

        try (EventLog events = new EventLog(stack.kafkaBootstrapServers(), "order.events")) {
            List<ConsumerRecord<String, String>> records =
                    events.awaitRecords(r -> orderId.equals(r.key()), 1, Duration.ofSeconds(30));
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(record.topic()).isEqualTo("order.events");
            assertThat(EventLog.header(record, "eventType")).isEqualTo("OrderPlaced");
            assertThat(EventLog.header(record, "eventId")).isNotBlank();
            JsonNode envelope = JSON.readTree(record.value());
            assertThat(envelope.get("eventId").asText()).isEqualTo(EventLog.header(record, "eventId"));
            assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(envelope.at("/data/orderId").asText()).isEqualTo(orderId);
            assertThat(envelope.at("/data/lines/0/sku").asText()).isEqualTo(sku);
        }
    }

    @Test
    void anOrderServiceKilledWithSigkillComesBackWithItsDataAndKeepsPublishing() {
        String sku = platform.newSku(5, 100);
        String before = placeOrder(sku);
        long oldPid = stack.process("order-service").pid();

        stack.kill("order-service");
        assertThat(stack.process("order-service").isAlive()).isFalse();
        platform.asCustomer().get("/orders/" + before).then().statusCode(502)
                .contentType("application/problem+json");

        stack.restart("order-service");
        assertThat(stack.process("order-service").pid()).isNotEqualTo(oldPid);
        platform.asCustomer().get("/orders/" + before).then().statusCode(200)
                .body("id", equalTo(before));
        String after = placeOrder(sku);

        try (EventLog events = new EventLog(stack.kafkaBootstrapServers(), "order.events")) {
            events.awaitRecords(r -> after.equals(r.key()) || before.equals(r.key()), 2, Duration.ofSeconds(30));
        }
    }

    private String placeOrder(String sku) {
        return platform.asCustomer()
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"items":[{"sku":"%s","quantity":1}],"shippingAddress":"1 Main St",
                         "paymentToken":"tok_approve","currency":"EUR"}""".formatted(sku))
                .when().post("/orders")
                .then().statusCode(201)
                .extract().path("id");
    }
}
