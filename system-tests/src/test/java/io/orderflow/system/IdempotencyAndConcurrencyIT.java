package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Repeated and concurrent requests never order, reserve or charge twice; stock never goes negative. */
class IdempotencyAndConcurrencyIT {

    private final Platform platform = new Platform(RunningStack.get());

    @Test
    void aRepeatedPostReturnsTheOriginalAnswerAndChargesOnce() {
        String sku = platform.newSku(5, 300);
        String key = UUID.randomUUID().toString();
        String first = platform.placeOrder(key, sku, 1, "tok_approve").then().statusCode(201).extract().asString();
        String second = platform.placeOrder(key, sku, 1, "tok_approve").then().statusCode(201).extract().asString();
        assertThat(second).isEqualTo(first);

        String orderId = io.restassured.path.json.JsonPath.from(first).getString("id");
        assertThat(platform.reservations(orderId)).hasSize(1);
        assertThat(platform.payments(orderId)).hasSize(1);
        assertThat(platform.providerCharges("order-" + orderId + ":pay")).hasSize(1);
        assertThat(platform.sku(sku).getInt("shipped")).isEqualTo(1);

        platform.placeOrder(key, sku, 2, "tok_approve").then().statusCode(409)
                .contentType("application/problem+json");
        try (EventLog events = platform.events("order.events", "payment.events")) {
            assertThat(events.awaitRecords(r -> orderId.equals(r.key()), 4, java.time.Duration.ofSeconds(30)))
                    .extracting(r -> EventLog.header(r, "eventType"))
                    .containsExactlyInAnyOrder("OrderPlaced", "OrderConfirmed", "PaymentCaptured", "FulfillmentRequested");
        }
    }

    @Test
    void concurrentDuplicatesWithOneKeyCreateExactlyOneOrder() throws Exception {
        String sku = platform.newSku(10, 450);
        String key = UUID.randomUUID().toString();
        List<String> bodies = concurrently(8, () -> platform.placeOrder(key, sku, 1, "tok_approve")
                .then().statusCode(201).extract().path("id"));

        assertThat(bodies).containsOnly(bodies.get(0));
        String orderId = bodies.get(0);
        assertThat(platform.payments(orderId)).hasSize(1);
        assertThat(platform.providerCharges("order-" + orderId + ":pay")).hasSize(1);
        assertThat(platform.sku(sku).getInt("shipped")).isEqualTo(1);
        assertThat(platform.sku(sku).getInt("onHand")).isEqualTo(9);
    }

    @Test
    void fiftyOrdersRacingForTheLastTenUnitsGiveExactlyTenFulfilledOrders() throws Exception {
        String sku = platform.newSku(10, 100);
        List<Integer> statuses = concurrently(50, () -> platform.placeOrder(UUID.randomUUID().toString(), sku, 1,
                "tok_approve").statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(10);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(40);
        var stock = platform.sku(sku);
        assertThat(stock.getInt("onHand")).isZero();
        assertThat(stock.getInt("reserved")).isZero();
        assertThat(stock.getInt("shipped")).isEqualTo(10);
    }

    private static <T> List<T> concurrently(int count, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
