package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Callers.asService;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.outboxTypes;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserve;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserveOk;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.stock;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
class ReserveStockIT {

    @Inject
    EntityManager entityManager;

    @Test
    void reservingHoldsStockAtCataloguePricesAndAnnouncesIt() {
        String mug = createSku(10, 1250, "EUR");
        String pen = createSku(5, 199, "EUR");
        UUID orderId = UUID.randomUUID();
        String id = reserve(orderId, List.of(line(mug, 2), line(pen, 3))).statusCode(201)
                .header("Location", notNullValue())
                .body("orderId", equalTo(orderId.toString()))
                .body("status", equalTo("HELD"))
                .body("lines.find { it.sku == '" + mug + "' }.unitPriceMinor", equalTo(1250))
                .body("totalMinor", equalTo(2 * 1250 + 3 * 199))
                .body("currency", equalTo("EUR"))
                .body("expiresAt", notNullValue()).body("createdAt", notNullValue())
                .extract().path("id");

        stock(mug).body("onHand", equalTo(8)).body("reserved", equalTo(2));
        stock(pen).body("onHand", equalTo(2)).body("reserved", equalTo(3));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved");
        asService().get("/reservations/" + id).then().statusCode(200).body("status", equalTo("HELD"));
        asService().queryParam("orderId", orderId.toString()).get("/reservations").then().statusCode(200)
                .body("id", contains(id));
    }

    @Test
    void reservingTwiceForTheSameOrderAndLinesReturnsTheSameReservation() {
        String sku = createSku(10);
        String other = createSku(10);
        UUID orderId = UUID.randomUUID();
        String first = reserveOk(orderId, List.of(line(sku, 2), line(other, 1)));
        String again = reserve(orderId, List.of(line(other, 1), line(sku, 2))).statusCode(200).extract().path("id");

        assertThat(again).isEqualTo(first);
        stock(sku).body("onHand", equalTo(8)).body("reserved", equalTo(2));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved");
    }

    @Test
    void reservingTheSameOrderWithOtherLinesIsAConflict() {
        String sku = createSku(10);
        UUID orderId = UUID.randomUUID();
        reserveOk(orderId, List.of(line(sku, 2)));
        reserve(orderId, List.of(line(sku, 3))).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/conflict"))
                .body("detail", containsString(orderId.toString()));
        stock(sku).body("onHand", equalTo(8)).body("reserved", equalTo(2));
    }

    @Test
    void notEnoughStockForOneLineReservesNothingAndNamesTheSku() {
        String plenty = createSku(10);
        String scarce = createSku(3);
        UUID orderId = UUID.randomUUID();
        reserve(orderId, List.of(line(plenty, 2), line(scarce, 5))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/out-of-stock"))
                .body("detail", equalTo("not enough stock for " + scarce + ": requested 5, available 3"));

        stock(plenty).body("onHand", equalTo(10)).body("reserved", equalTo(0));
        stock(scarce).body("onHand", equalTo(3)).body("reserved", equalTo(0));
        asService().queryParam("orderId", orderId.toString()).get("/reservations").then().statusCode(200)
                .body("size()", equalTo(0));
        assertThat(outboxTypes(entityManager, orderId)).isEmpty();
    }

    @Test
    void anUnknownSkuIsABadRequestNamingIt() {
        String known = createSku(10);
        String unknown = uniqueSku();
        reserve(UUID.randomUUID(), List.of(line(known, 1), line(unknown, 1))).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/validation-failed"))
                .body("detail", containsString(unknown));
        stock(known).body("onHand", equalTo(10));
    }

    @Test
    void linesInDifferentCurrenciesAreRefused() {
        String euros = createSku(10, 100, "EUR");
        String dollars = createSku(10, 100, "USD");
        reserve(UUID.randomUUID(), List.of(line(euros, 1), line(dollars, 1))).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/business-rule"));
        stock(euros).body("onHand", equalTo(10));
    }

    @Test
    void malformedReservationsAreBadRequests() {
        String sku = createSku(10);
        Map<String, Object> body = Map.of("orderId", UUID.randomUUID().toString(), "lines", List.of(line(sku, 1)));
        asService().contentType(ContentType.JSON).body(body).post("/reservations").then().statusCode(400)
                .body("type", equalTo("https://orderflow.io/problems/missing-idempotency-key"));
        reserve(UUID.randomUUID(), List.of(line(sku, 1), line(sku, 2))).statusCode(400)
                .body("detail", containsString("one line only"));
        reserve(UUID.randomUUID(), List.of(line(sku, 1001))).statusCode(400)
                .body("violations[0].field", equalTo("lines[0].quantity"));
        reserve(UUID.randomUUID(), List.of()).statusCode(400);
        asService().get("/reservations").then().statusCode(400).contentType("application/problem+json");
        stock(sku).body("onHand", equalTo(10));
    }

    @Test
    void unknownReservationIsNotFound() {
        asService().get("/reservations/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        asService().post("/reservations/" + UUID.randomUUID() + "/confirm").then().statusCode(404);
        asService().post("/reservations/" + UUID.randomUUID() + "/release").then().statusCode(404);
    }
}
