package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Callers.asService;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.cancelOrder;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.confirm;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.outboxTypes;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.release;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserve;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.inventory.adapter.in.scheduler.ReservationSweeper;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ShortReservationTtlProfile.class)
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class ReservationExpiryIT {

    @Inject
    EntityManager entityManager;

    @Inject
    Scheduler scheduler;

    @Test
    void theSweeperExpiresOverdueReservationsAndRestocksThem() {
        String sku = createSku(5);
        UUID orderId = UUID.randomUUID();
        String id = reserve(orderId, List.of(line(sku, 2))).statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                asService().get("/reservations/" + id).then().statusCode(200).body("status", equalTo("EXPIRED")));

        stock(sku).body("onHand", equalTo(5)).body("reserved", equalTo(0));
        confirm(id).statusCode(409).body("detail", containsString("its stock is no longer held"));
        release(id).statusCode(200).body("status", equalTo("EXPIRED"));
        stock(sku).body("onHand", equalTo(5)).body("reserved", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "ReservationExpired");
    }

    @Test
    void cancellingAnOrderWhoseReservationExpiredReportsItExpiredAndMovesNoStock() {
        String sku = createSku(5);
        UUID orderId = UUID.randomUUID();
        String id = reserve(orderId, List.of(line(sku, 2))).statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                asService().get("/reservations/" + id).then().statusCode(200).body("status", equalTo("EXPIRED")));

        cancelOrder(orderId).statusCode(200).body("reservationId", equalTo(id)).body("status", equalTo("EXPIRED"));

        stock(sku).body("onHand", equalTo(5)).body("reserved", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "ReservationExpired");
    }

    @Test
    void confirmingAnOverdueReservationTheSweeperMissedExpiresItAndRefuses() {
        scheduler.pause(ReservationSweeper.IDENTITY);
        try {
            String sku = createSku(5);
            UUID orderId = UUID.randomUUID();
            var reserved = reserve(orderId, List.of(line(sku, 2))).statusCode(201).extract();
            String id = reserved.path("id");
            Instant expiresAt = Instant.parse(reserved.path("expiresAt"));
            await().atMost(Duration.ofSeconds(15)).until(() -> Instant.now().isAfter(expiresAt));
            asService().get("/reservations/" + id).then().body("status", equalTo("HELD"));

            confirm(id).statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("is EXPIRED and cannot become CONFIRMED"));

            asService().get("/reservations/" + id).then().body("status", equalTo("EXPIRED"));
            stock(sku).body("onHand", equalTo(5)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
            assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "ReservationExpired");
        } finally {
            scheduler.resume(ReservationSweeper.IDENTITY);
        }
    }
}
