package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.InventoryApi.confirm;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.outboxTypes;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.release;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserveOk;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class ReservationLifecycleIT {

    @Inject
    EntityManager entityManager;

    @Test
    void confirmingMovesHeldUnitsToShippedOnceHoweverOftenItIsCalled() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));

        confirm(id).statusCode(200).body("status", equalTo("CONFIRMED"));
        confirm(id).statusCode(200).body("status", equalTo("CONFIRMED"));

        stock(sku).body("onHand", equalTo(6)).body("reserved", equalTo(0)).body("shipped", equalTo(4));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "ReservationConfirmed");
    }

    @Test
    void releasingAHeldReservationPutsItsUnitsBackOnHandOnce() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));

        release(id).statusCode(200).body("status", equalTo("RELEASED"));
        release(id).statusCode(200).body("status", equalTo("RELEASED"));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "StockReleased");
        String previous = (String) entityManager.createNativeQuery("SELECT payload->'data'->>'previousStatus' "
                        + "FROM outbox WHERE aggregateid = ?1 AND type = 'StockReleased'")
                .setParameter(1, orderId.toString()).getSingleResult();
        assertThat(previous).isEqualTo("HELD");
    }

    @Test
    void releasingAConfirmedReservationRestocksItsShippedUnits() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));
        confirm(id).statusCode(200);

        release(id).statusCode(200).body("status", equalTo("RELEASED"));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactly("StockReserved", "ReservationConfirmed", "StockReleased");
    }

    @Test
    void confirmingAReleasedReservationIsAConflictAndChangesNothing() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));
        release(id).statusCode(200);

        confirm(id).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/conflict"))
                .body("detail", containsString("its stock is no longer held"));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "StockReleased");
    }

    @Test
    void aReleasedOrderReservedAgainWithTheSameLinesGetsItsReleasedReservationBack() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));
        release(id).statusCode(200);

        InventoryApi.reserve(orderId, List.of(line(sku, 4))).statusCode(200)
                .body("id", equalTo(id)).body("status", equalTo("RELEASED"));
        stock(sku).body("onHand", equalTo(10));
    }
}
