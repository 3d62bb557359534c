package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.InventoryApi.cancelOrder;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserve;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class OrderCancellationRaceIT {

    private static final int PAIRS = 30;
    private static final int STOCK = 100;

    @Inject
    EntityManager entityManager;

    @Test
    void aReservationRacingWithTheCancellationOfItsOrderNeverLeavesStockHeld() throws Exception {
        String sku = createSku(STOCK);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < PAIRS; i++) {
                race(pool, UUID.randomUUID(), sku);
            }
        } finally {
            pool.shutdownNow();
        }

        stock(sku).body("onHand", equalTo(STOCK)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
        assertThat(heldReservationsOfCancelledOrders()).isZero();
    }

    /** Sends a reservation and the order's cancellation at once and checks that their answers agree. */
    private static void race(ExecutorService pool, UUID orderId, String sku) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<ExtractableResponse<Response>> reservation = pool.submit(() -> {
            start.await();
            return reserve(orderId, List.of(line(sku, 1))).extract();
        });
        Future<ExtractableResponse<Response>> cancellation = pool.submit(() -> {
            start.await();
            return cancelOrder(orderId).extract();
        });
        start.countDown();
        ExtractableResponse<Response> reserved = reservation.get(30, TimeUnit.SECONDS);
        ExtractableResponse<Response> cancelled = cancellation.get(30, TimeUnit.SECONDS);

        assertThat(cancelled.statusCode()).isEqualTo(200);
        if (reserved.statusCode() == 201) {
            // The reservation committed first: the cancellation found it and released it.
            assertThat(cancelled.<String>path("reservationId")).isEqualTo(reserved.path("id"));
            assertThat(cancelled.<String>path("status")).isEqualTo("RELEASED");
        } else {
            // The cancellation committed first: the fence refused the reservation.
            assertThat(reserved.statusCode()).isEqualTo(409);
            assertThat(reserved.<String>path("type")).isEqualTo("https://orderflow.io/problems/order-cancelled");
            assertThat(cancelled.<String>path("status")).isNull();
        }
    }

    /** Over every test's orders: a fenced order must never hold stock. */
    private long heldReservationsOfCancelledOrders() {
        return ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM reservations r JOIN order_cancellations c ON c.order_id = r.order_id
                        WHERE r.status = 'HELD'""")
                .getSingleResult()).longValue();
    }
}
