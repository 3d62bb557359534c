package io.orderflow.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Identities over the whole stack: tokens from the gateway, checked by every service itself. Reaching a
 * service's own port gains nothing without the right token, a customer sees only their own orders, a disabled
 * customer cannot log in or refresh, and one correlation id follows a request into every event it causes.
 */
class IdentityIT {

    private final Platform platform = new Platform(RunningStack.get());
    private final Identities identities = platform.identities;

    @Test
    void anotherCustomerNeitherSeesNorCancelsAnOrderAndMayUseTheSameKey() {
        String sku = platform.newSku(5, 400);
        String key = "shared-key-" + UUID.randomUUID();
        String alices = platform.placeOrder(key, sku, 1, "tok_approve").then().statusCode(201).extract().path("id");
        String bob = identities.newCustomer();

        String bobs = given().baseUri(platform.stack.url("gateway")).auth().oauth2(bob)
                .contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("items", List.of(Map.of("sku", sku, "quantity", 1)), "shippingAddress", "2 Side St",
                        "paymentToken", "tok_approve", "currency", "EUR"))
                .post("/orders").then().statusCode(201).extract().path("id");

        assertThat(bobs).isNotEqualTo(alices);
        asBob(bob).get("/orders/" + alices).then().statusCode(404).contentType("application/problem+json");
        asBob(bob).post("/orders/" + alices + "/cancel").then().statusCode(404);
        assertThat(platform.order(alices).getString("status")).isEqualTo("FULFILLMENT_CREATED");
    }

    @Test
    void aServicesOwnPortRefusesCallersWithoutTheRightToken() {
        String payment = """
                {"orderId":"%s","amountMinor":0,"currency":"EUR","paymentToken":"tok_approve"}"""
                .formatted(UUID.randomUUID());
        String customer = identities.customer();

        given().baseUri(platform.stack.url("payment")).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(payment).post("/payments")
                .then().statusCode(401).contentType("application/problem+json");
        given().baseUri(platform.stack.url("payment")).auth().oauth2(customer).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(payment).post("/payments")
                .then().statusCode(403).contentType("application/problem+json");
        given().baseUri(platform.stack.url("inventory")).contentType(ContentType.JSON)
                .body(Map.of("delta", 100, "reason", "free stock")).post("/skus/ANY/stock-adjustments")
                .then().statusCode(401);
        given().baseUri(platform.stack.url("order")).get("/ops/orders/attention").then().statusCode(401);
    }

    @Test
    void theOperationsApiIsForOpsAndAdminsThroughTheGateway() {
        String gateway = platform.stack.url("gateway");
        given().baseUri(gateway).auth().oauth2(identities.customer()).get("/ops/orders/attention").then()
                .statusCode(403).contentType("application/problem+json");
        given().baseUri(gateway).auth().oauth2(identities.ops()).get("/ops/orders/attention").then().statusCode(200);
        given().baseUri(gateway).auth().oauth2(identities.ops()).contentType(ContentType.JSON)
                .body(Map.of("sku", "OPS-" + UUID.randomUUID().toString().substring(0, 8), "name", "x",
                        "unitPriceMinor", 1, "currency", "EUR", "onHand", 1))
                .post("/skus").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aDisabledCustomerCanNeitherLogInNorRefresh() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        String gateway = platform.stack.url("gateway");
        Map<String, String> credentials = Map.of("username", username, "password", Identities.CUSTOMER_PASSWORD);
        given().baseUri(gateway).contentType(ContentType.JSON).body(credentials).post("/auth/register").then()
                .statusCode(201);
        String refreshToken = given().baseUri(gateway).contentType(ContentType.JSON).body(credentials)
                .post("/auth/login").then().statusCode(200).extract().path("refresh_token");

        given().baseUri(gateway).auth().oauth2(identities.admin()).post("/auth/users/" + username + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));

        given().baseUri(gateway).contentType(ContentType.JSON).body(credentials).post("/auth/login").then()
                .statusCode(401);
        given().baseUri(gateway).contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken))
                .post("/auth/refresh").then().statusCode(401);
    }

    @Test
    void theCorrelationIdOfAnOrderRequestIsOnEveryEventItCauses() {
        String sku = platform.newSku(3, 250);
        String correlationId = "corr-" + UUID.randomUUID();
        String orderId = platform.asCustomer().header("X-Correlation-Id", correlationId)
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("items", List.of(Map.of("sku", sku, "quantity", 1)), "shippingAddress", "1 Main St",
                        "paymentToken", "tok_approve", "currency", "EUR"))
                .post("/orders").then().statusCode(201).header("X-Correlation-Id", correlationId)
                .extract().path("id");

        try (EventLog events = platform.events("order.events", "inventory.events", "payment.events")) {
            List<ConsumerRecord<String, String>> caused = events.awaitRecords(
                    r -> orderId.equals(r.key()) || r.value().contains(orderId), 5, Duration.ofSeconds(30));
            assertThat(caused).extracting(r -> r.topic()).contains("order.events", "inventory.events",
                    "payment.events");
            assertThat(caused).allSatisfy(r -> assertThat(EventLog.header(r, "correlationId"))
                    .as("%s of %s", EventLog.header(r, "eventType"), r.topic()).isEqualTo(correlationId));
        }
    }

    private io.restassured.specification.RequestSpecification asBob(String token) {
        return given().baseUri(platform.stack.url("gateway")).auth().oauth2(token);
    }
}
