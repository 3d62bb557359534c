package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Callers.asService;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.cancelOrder;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.confirm;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.outboxTypes;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.release;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserve;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserveOk;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class OrderCancellationIT {

    private static final String ORDER_CANCELLED = "https://orderflow.io/problems/order-cancelled";

    @Inject
    EntityManager entityManager;

    @Test
    void cancellingAnOrderReleasesItsHeldReservationAndRestocks() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));

        cancelOrder(orderId).statusCode(200)
                .body("orderId", equalTo(orderId.toString()))
                .body("reservationId", equalTo(id))
                .body("status", equalTo("RELEASED"));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "StockReleased");
    }

    @Test
    void anOrderCancelledBeforeAnyReservationIsRefusedALaterOneAndNothingIsHeld() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();

        cancelOrder(orderId).statusCode(200)
                .body("orderId", equalTo(orderId.toString()))
                .body("reservationId", nullValue())
                .body("status", nullValue())
                .body("$", hasKey("status"));
        reserve(orderId, List.of(line(sku, 4))).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(ORDER_CANCELLED))
                .body("orderId", equalTo(orderId.toString()))
                .body("detail", equalTo("order " + orderId + " was cancelled; nothing is reserved for it"));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0));
        asService().queryParam("orderId", orderId.toString()).get("/reservations").then().statusCode(200)
                .body("size()", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).isEmpty();
    }

    @Test
    void aRetriedReservationOfACancelledOrderIsRefusedAlthoughTheReservationExists() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        reserveOk(orderId, List.of(line(sku, 4)));
        cancelOrder(orderId).statusCode(200);

        reserve(orderId, List.of(line(sku, 4))).statusCode(409).body("type", equalTo(ORDER_CANCELLED));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0));
    }

    @Test
    void cancellingTwiceAnswersTheSameAndReleasesOnce() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));

        Map<String, Object> first = cancelOrder(orderId).statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> second = cancelOrder(orderId).statusCode(200).extract().jsonPath().getMap("$");

        assertThat(second).isEqualTo(first)
                .containsEntry("reservationId", id).containsEntry("status", "RELEASED");
        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "StockReleased");
    }

    @Test
    void repeatedCancellationOfAnOrderWithoutReservationAnswersTheSame() {
        UUID orderId = UUID.randomUUID();
        Map<String, Object> first = cancelOrder(orderId).statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> second = cancelOrder(orderId).statusCode(200).extract().jsonPath().getMap("$");
        assertThat(second).isEqualTo(first).containsEntry("status", null);
    }

    @Test
    void cancellingAConfirmedReservationPutsItsShippedUnitsBackOnHand() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));
        confirm(id).statusCode(200);
        stock(sku).body("onHand", equalTo(6)).body("shipped", equalTo(4));

        cancelOrder(orderId).statusCode(200).body("reservationId", equalTo(id)).body("status", equalTo("RELEASED"));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactly("StockReserved", "ReservationConfirmed", "StockReleased");
    }

    @Test
    void aReservationReleasedByItsOwnEndpointIsReportedAsReleasedAndNotReleasedAgain() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        String id = reserveOk(orderId, List.of(line(sku, 4)));
        release(id).statusCode(200).body("status", equalTo("RELEASED"));

        cancelOrder(orderId).statusCode(200).body("reservationId", equalTo(id)).body("status", equalTo("RELEASED"));

        stock(sku).body("onHand", equalTo(10)).body("reserved", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved", "StockReleased");
    }

    @Test
    void aCancellationWithoutAValidOrderIdIsABadRequest() {
        asService().contentType(ContentType.JSON).post("/reservations/cancellations").then().statusCode(400)
                .contentType("application/problem+json");
        asService().contentType(ContentType.JSON).body(Map.of()).post("/reservations/cancellations").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/validation-failed"))
                .body("violations[0].field", equalTo("orderId"));
        // Only the status: Quarkus' own MismatchedInputException mapper answers this one, not rest-conventions.
        asService().contentType(ContentType.JSON).body(Map.of("orderId", "not-a-uuid"))
                .post("/reservations/cancellations").then().statusCode(400);
    }
}
