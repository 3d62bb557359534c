package io.orderflow.order.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

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
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
class PlaceOrderIT {

    @Inject
    EntityManager entityManager;

    static String body(String sku, int quantity) {
        return """
                {"items":[{"sku":"%s","quantity":%d}],"shippingAddress":"1 Main St, Springfield",
                 "paymentToken":"tok_approve","currency":"EUR"}""".formatted(sku, quantity);
    }

    @Test
    void placingAnOrderWritesTheOrderAndItsOrderPlacedEventTogether() {
        String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("SKU-1", 2))
                .when().post("/orders")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("NEW"))
                .body("lines[0].sku", equalTo("SKU-1"))
                .extract().path("id");

        List<String> outbox = entityManager.createNativeQuery(
                        "SELECT type FROM outbox WHERE aggregatetype = 'order' AND aggregateid = ?1", String.class)
                .setParameter(1, id).getResultList();
        assertThat(outbox).containsExactly("OrderPlaced");

        given().when().get("/orders/" + id).then().statusCode(200).body("status", equalTo("NEW"));
    }

    @Test
    void sameKeyAndBodyReplaysTheOrderAndAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType("application/json").header("Idempotency-Key", key).body(body("SKU-2", 1))
                .post("/orders").then().statusCode(201).extract().path("id");
        String again = given().contentType("application/json").header("Idempotency-Key", key).body(body("SKU-2", 1))
                .post("/orders").then().statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(first);

        given().contentType("application/json").header("Idempotency-Key", key).body(body("SKU-2", 5))
                .post("/orders").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/idempotency-key-reused"));
    }

    @Test
    void missingIdempotencyKeyIsABadRequestAndStoresNothing() {
        long before = countOrders();
        given().contentType("application/json").body(body("SKU-3", 1))
                .post("/orders").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/missing-idempotency-key"));
        assertThat(countOrders()).isEqualTo(before);
    }

    @Test
    void invalidBodiesAreBadRequestsNamingTheField() {
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("SKU-4", 0))
                .post("/orders").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("items[0].quantity"));
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"items\": [}")
                .post("/orders").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"items\":[],\"shippingAddress\":\"x\",\"paymentToken\":\"t\",\"currency\":\"EUR\"}")
                .post("/orders").then().statusCode(400)
                .body("violations[0].field", equalTo("items"));
    }

    @Test
    void unknownOrderIsNotFound() {
        given().get("/orders/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    private long countOrders() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM orders").getSingleResult()).longValue();
    }
}
