package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.Callers.asAdmin;
import static io.orderflow.payment.adapter.in.rest.Callers.asService;

import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Requests to the payment API and reads of what it stored, shared by the service tests. Each request is made by
 * the caller that makes it for real: order-service pays, reads, refunds and cancels; an admin dispatches.
 */
final class PaymentApi {

    static final String ADDRESS = "1 Main St, Springfield";

    private PaymentApi() {
    }

    static String body(UUID orderId, long amountMinor, String token) {
        return body(orderId, amountMinor, token, ADDRESS);
    }

    /** {@code token} and {@code address} go into the JSON as they are, so they may hold JSON escapes. */
    static String body(UUID orderId, long amountMinor, String token, String address) {
        return """
                {"orderId":"%s","reservationId":"%s","amountMinor":%d,"currency":"EUR","paymentToken":"%s",
                 "shippingAddress":"%s"}""".formatted(orderId, reservationFor(orderId), amountMinor, token, address);
    }

    static ValidatableResponse pay(String key, String body) {
        return asService().contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/payments").then();
    }

    static ValidatableResponse paymentOf(UUID orderId) {
        return asService().queryParam("orderId", orderId.toString()).when().get("/payments").then().statusCode(200);
    }

    static ValidatableResponse fulfillmentsOf(UUID orderId) {
        return asService().queryParam("orderId", orderId.toString()).when().get("/fulfillments").then().statusCode(200);
    }

    static ValidatableResponse refund(String paymentId) {
        return asService().when().post("/payments/" + paymentId + "/refund").then();
    }

    static ValidatableResponse cancel(UUID orderId) {
        return cancelWithBody("{\"orderId\":\"" + orderId + "\"}");
    }

    static ValidatableResponse cancelWithBody(String body) {
        return asService().contentType("application/json").body(body).when().post("/payments/cancellations").then();
    }

    static ValidatableResponse dispatch(String fulfillmentId) {
        return asAdmin().when().post("/fulfillments/" + fulfillmentId + "/dispatch").then();
    }

    /** Types of the outbox rows of one order, oldest first. */
    static List<String> outboxTypes(EntityManager entityManager, UUID orderId) {
        return entityManager.createNativeQuery("SELECT type FROM outbox WHERE aggregatetype = 'payment' "
                        + "AND aggregateid = ?1 ORDER BY occurred_at, type", String.class)
                .setParameter(1, orderId.toString()).getResultList();
    }

    /** A stable reservation id per order, so the same order always produces the same request body. */
    private static UUID reservationFor(UUID orderId) {
        return UUID.nameUUIDFromBytes(("reservation-" + orderId).getBytes());
    }
}
