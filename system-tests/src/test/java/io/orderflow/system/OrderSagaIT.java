package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The saga's outcomes over the running stack, checked in all three services and on Kafka. */
class OrderSagaIT {

    private final Platform platform = new Platform(RunningStack.get());

    @Test
    void aPaidOrderEndsFulfilledWithStockShippedPaymentCapturedAndEventsPublished() {
        String sku = platform.newSku(5, 1250);
        var answer = platform.placeOrder(UUID.randomUUID().toString(), sku, 2, "tok_approve")
                .then().statusCode(201).extract().jsonPath();
        String orderId = answer.getString("id");
        assertThat(answer.getString("status")).isEqualTo("FULFILLMENT_CREATED");
        assertThat(answer.getLong("totalMinor")).isEqualTo(2500);

        assertThat(platform.reservations(orderId)).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("CONFIRMED"));
        assertThat(platform.payments(orderId)).singleElement().satisfies(p -> {
            assertThat(p.get("status")).isEqualTo("CAPTURED");
            assertThat(((Number) p.get("amountMinor")).longValue()).isEqualTo(2500);
            assertThat(p.get("id")).isEqualTo(answer.getString("paymentId"));
        });
        assertThat(platform.fulfillments(orderId)).singleElement()
                .satisfies(f -> assertThat(f.get("status")).isEqualTo("REQUESTED"));
        assertStock(sku, 3, 0, 2);

        assertEvents(orderId, Map.of(
                "order.events", List.of("OrderPlaced", "OrderConfirmed"),
                "inventory.events", List.of("StockReserved", "ReservationConfirmed"),
                "payment.events", List.of("PaymentCaptured", "FulfillmentRequested")));
    }

    @Test
    void outOfStockFailsTheOrderWith422NamingTheSkuAndNothingIsHeldOrCharged() {
        String sku = platform.newSku(1, 990);
        var problem = platform.placeOrder(UUID.randomUUID().toString(), sku, 2, "tok_approve")
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getString("detail")).contains(sku);
        String orderId = problem.getString("orderId");

        assertThat(platform.order(orderId).getString("status")).isEqualTo("FAILED");
        assertThat(platform.reservations(orderId)).isEmpty();
        assertThat(platform.payments(orderId)).isEmpty();
        assertStock(sku, 1, 0, 0);
        assertEvents(orderId, Map.of("order.events", List.of("OrderPlaced", "OrderFailed")));
    }

    @Test
    void aDeclinedPaymentReleasesTheStockAndFailsTheOrderWith422() {
        String sku = platform.newSku(4, 500);
        var problem = platform.placeOrder(UUID.randomUUID().toString(), sku, 3, "tok_decline")
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getString("type")).endsWith("/payment-declined");
        String orderId = problem.getString("orderId");

        assertThat(platform.order(orderId).getString("failureCode")).isEqualTo("PAYMENT_DECLINED");
        assertThat(platform.reservations(orderId)).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("RELEASED"));
        assertThat(platform.payments(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("status")).isEqualTo("DECLINED"));
        assertThat(platform.fulfillments(orderId)).isEmpty();
        assertStock(sku, 4, 0, 0);
        assertEvents(orderId, Map.of(
                "order.events", List.of("OrderPlaced", "OrderFailed"),
                "inventory.events", List.of("StockReserved", "StockReleased"),
                "payment.events", List.of("PaymentDeclined")));
    }

    @Test
    void cancellingAFulfilledOrderRefundsRestocksAndIsIdempotent() {
        String sku = platform.newSku(3, 2000);
        String orderId = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve")
                .then().statusCode(201).extract().path("id");

        for (int attempt = 0; attempt < 2; attempt++) {
            platform.cancel(orderId).then().statusCode(200);
        }
        assertThat(platform.order(orderId).getString("status")).isEqualTo("CANCELLED");
        assertThat(platform.payments(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("status")).isEqualTo("REFUNDED"));
        assertThat(platform.fulfillments(orderId)).singleElement()
                .satisfies(f -> assertThat(f.get("status")).isEqualTo("CANCELLED"));
        assertThat(platform.reservations(orderId)).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("RELEASED"));
        assertStock(sku, 3, 0, 0);
        assertEvents(orderId, Map.of(
                "order.events", List.of("OrderPlaced", "OrderConfirmed", "OrderCancelled"),
                "inventory.events", List.of("StockReserved", "ReservationConfirmed", "StockReleased"),
                "payment.events", List.of("PaymentCaptured", "FulfillmentRequested", "PaymentRefunded")));
    }

    private void assertStock(String sku, int onHand, int reserved, int shipped) {
        var stock = platform.sku(sku);
        assertThat(List.of(stock.getInt("onHand"), stock.getInt("reserved"), stock.getInt("shipped")))
                .as("onHand, reserved, shipped of " + sku).containsExactly(onHand, reserved, shipped);
    }

    /** Each topic carries exactly these event types for the order, in this order. */
    private void assertEvents(String orderId, Map<String, List<String>> expected) {
        expected.forEach((topic, types) -> {
            try (EventLog events = platform.events(topic)) {
                List<ConsumerRecord<String, String>> records =
                        events.awaitRecords(r -> orderId.equals(r.key()), types.size(), Duration.ofSeconds(30));
                assertThat(records).extracting(r -> EventLog.header(r, "eventType"))
                        .as("event types on " + topic).containsExactlyElementsOf(types);
            }
        });
    }
}
