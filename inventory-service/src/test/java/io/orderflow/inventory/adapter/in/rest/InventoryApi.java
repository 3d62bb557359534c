package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Callers.asAdmin;
import static io.orderflow.inventory.adapter.in.rest.Callers.asCustomer;
import static io.orderflow.inventory.adapter.in.rest.Callers.asService;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Calls of the inventory API shared by the integration tests, each made by the caller that makes it for real: an
 * admin keeps the catalogue, a customer reads it, order-service reserves. Every test makes its own SKUs.
 */
final class InventoryApi {

    private InventoryApi() {
    }

    /** A SKU code no other test uses. */
    static String uniqueSku() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    static String createSku(int onHand) {
        return createSku(onHand, 1999, "EUR");
    }

    static String createSku(int onHand, long unitPriceMinor, String currency) {
        String sku = uniqueSku();
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "Test item " + sku, "unitPriceMinor", unitPriceMinor,
                        "currency", currency, "onHand", onHand))
                .post("/skus").then().statusCode(201);
        return sku;
    }

    static ValidatableResponse stock(String sku) {
        return asCustomer().get("/skus/" + sku).then().statusCode(200);
    }

    static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    static ValidatableResponse reserve(UUID orderId, List<Map<String, Object>> lines) {
        return asService().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("orderId", orderId.toString(), "lines", lines))
                .post("/reservations").then();
    }

    static String reserveOk(UUID orderId, List<Map<String, Object>> lines) {
        return reserve(orderId, lines).statusCode(201).extract().path("id");
    }

    static ValidatableResponse confirm(String reservationId) {
        return asService().post("/reservations/" + reservationId + "/confirm").then();
    }

    static ValidatableResponse release(String reservationId) {
        return asService().post("/reservations/" + reservationId + "/release").then();
    }

    static ValidatableResponse cancelOrder(UUID orderId) {
        return asService().contentType(ContentType.JSON).body(Map.of("orderId", orderId.toString()))
                .post("/reservations/cancellations").then();
    }

    /** Types of the outbox events written for the order, oldest first. */
    @SuppressWarnings("unchecked")
    static List<String> outboxTypes(EntityManager entityManager, UUID orderId) {
        return entityManager.createNativeQuery("SELECT type FROM outbox WHERE aggregatetype = 'inventory' "
                        + "AND aggregateid = ?1 ORDER BY occurred_at, type", String.class)
                .setParameter(1, orderId.toString())
                .getResultList();
    }
}
