package io.orderflow.order.adapter.in.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.identity.TestIssuer;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** order-service over a real database, with WireMock answering for S2 and S3. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class PlaceOrderIT {

    @Inject
    EntityManager entityManager;

    @Test
    void aCompleteSagaAnswers201WithPricesAndAllParticipantIds() {
        String sku = catalogue("EUR", 1250);
        UUID reservation = reservationSucceeds(sku, 2, 1250);
        UUID payment = paymentSucceeds("tok_approve_" + sku);
        confirmAndReleaseSucceed();

        String id = asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body(sku, 2, "tok_approve_" + sku))
                .when().post("/orders")
                .then().statusCode(201).header("Location", notNullValue())
                .extract().path("id");

        var order = asAlice().get("/orders/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(order.getString("status")).isEqualTo("FULFILLMENT_CREATED");
        assertThat(order.getLong("totalMinor")).isEqualTo(2500);
        assertThat(order.getString("reservationId")).isEqualTo(reservation.toString());
        assertThat(order.getString("paymentId")).isEqualTo(payment.toString());
        assertThat(eventTypes(id)).containsExactly("OrderPlaced", "OrderConfirmed");
        ParticipantsStub.server.verify(postRequestedFor(urlPathEqualTo("/reservations"))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")));
        assertThat(ParticipantsStub.tokens.issued()).as("order-service's own service token").isPositive();
    }

    @Test
    void aCustomerNeverReachesAnotherCustomersOrderAndKeysArePerCustomer() {
        String sku = catalogue("EUR", 700);
        reservationSucceeds(sku, 1, 700);
        paymentSucceeds("tok_approve_" + sku);
        confirmAndReleaseSucceed();
        String key = UUID.randomUUID().toString();
        String alices = asAlice().contentType("application/json").header("Idempotency-Key", key)
                .body(body(sku, 1, "tok_approve_" + sku)).post("/orders").then().statusCode(201).extract().path("id");

        String bobs = as("bob", "customer").contentType("application/json").header("Idempotency-Key", key)
                .body(body(sku, 1, "tok_approve_" + sku)).post("/orders").then().statusCode(201).extract().path("id");

        assertThat(bobs).as("the same key of another customer is another order").isNotEqualTo(alices);
        as("bob", "customer").get("/orders/" + alices).then().statusCode(404).contentType("application/problem+json");
        as("bob", "customer").post("/orders/" + alices + "/cancel").then().statusCode(404);
        as("bob", "customer").get("/orders?size=100").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(alices)));
        as("night-shift", "ops").get("/orders/" + alices).then().statusCode(200);
        as("night-shift", "ops").post("/orders/" + alices + "/cancel").then().statusCode(403)
                .contentType("application/problem+json");
        asAlice().get("/orders/" + alices).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("FULFILLMENT_CREATED"));
    }

    @Test
    void withoutAValidTokenNothingIsReadOrStored() {
        long before = countOrders();
        RestAssured.given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("SKU-1", 1, "tok")).post("/orders")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        RestAssured.given().auth().oauth2(TestIssuer.get().expiredToken("alice", "customer")).get("/orders")
                .then().statusCode(401).contentType("application/problem+json");
        RestAssured.given().auth().oauth2(new TestIssuer(TestIssuer.get().issuer()).token("alice", "customer"))
                .get("/orders").then().statusCode(401);
        RestAssured.given().auth().oauth2(TestIssuer.get().unsignedToken("alice", "admin")).get("/orders")
                .then().statusCode(401);
        as("order-service", "service").get("/orders").then().statusCode(403).contentType("application/problem+json");
        assertThat(countOrders()).isEqualTo(before);
    }

    @Test
    void sameKeyAndBodyReplaysTheSameAnswerAndAnotherBodyIsAConflict() {
        String sku = catalogue("EUR", 500);
        reservationSucceeds(sku, 1, 500);
        paymentSucceeds("tok_approve_" + sku);
        confirmAndReleaseSucceed();
        String key = UUID.randomUUID().toString();

        String first = asAlice().contentType("application/json").header("Idempotency-Key", key)
                .body(body(sku, 1, "tok_approve_" + sku)).post("/orders").then().statusCode(201).extract().asString();
        String again = asAlice().contentType("application/json").header("Idempotency-Key", key)
                .body(body(sku, 1, "tok_approve_" + sku)).post("/orders").then().statusCode(201).extract().asString();
        assertThat(again).isEqualTo(first);
        ParticipantsStub.server.verify(1, postRequestedFor(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku))));

        asAlice().contentType("application/json").header("Idempotency-Key", key).body(body(sku, 3, "tok_approve"))
                .post("/orders").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void outOfStockFailsTheOrderWithA422NamingTheSkuAndChargesNothing() {
        String sku = catalogue("EUR", 100);
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://orderflow.io/problems/out-of-stock\",\"status\":422,"
                                + "\"detail\":\"not enough stock for " + sku
                                + ": requested 1, available 0\"}")));

        var problem = asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body(sku, 1, "tok_approve")).post("/orders")
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getString("detail")).contains(sku);
        String id = problem.getString("orderId");
        assertThat(asAlice().get("/orders/" + id).then().extract().path("status").toString()).isEqualTo("FAILED");
        assertThat(eventTypes(id)).containsExactly("OrderPlaced", "OrderFailed");
        ParticipantsStub.server.verify(0, postRequestedFor(urlPathEqualTo("/payments"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(id))));
    }

    @Test
    void aReservationWhoseReplyIsLostIsFoundByAskingAndTheSagaGoesOn() {
        String sku = catalogue("EUR", 700);
        UUID reservation = UUID.randomUUID();
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku)))
                .willReturn(okJson(reservationJson(reservation, sku, 1, 700, "HELD")).withFixedDelay(3000)));
        ParticipantsStub.server.stubFor(get(urlPathEqualTo("/reservations"))
                .willReturn(okJson("[" + reservationJson(reservation, sku, 1, 700, "HELD") + "]")));
        paymentSucceeds("tok_approve_" + sku);
        confirmAndReleaseSucceed();

        asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body(sku, 1, "tok_approve_" + sku)).post("/orders")
                .then().statusCode(201);
        ParticipantsStub.server.removeStub(get(urlPathEqualTo("/reservations")));
    }

    @Test
    void anUnknownSkuIsABadRequestAndStoresNothing() {
        String sku = "SKU-UNKNOWN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ParticipantsStub.server.stubFor(get(urlPathEqualTo("/skus")).withQueryParam("sku", equalTo(sku))
                .willReturn(okJson("[]")));
        long before = countOrders();
        asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body(sku, 1, "tok_approve")).post("/orders")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(countOrders()).isEqualTo(before);
    }

    @Test
    void missingIdempotencyKeyAndInvalidBodiesAreBadRequests() {
        asAlice().contentType("application/json").body(body("SKU-1", 1, "tok")).post("/orders")
                .then().statusCode(400).contentType("application/problem+json");
        asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("SKU-1", 0, "tok")).post("/orders").then().statusCode(400)
                .contentType("application/problem+json");
        asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"items\": [}").post("/orders").then().statusCode(400)
                .contentType("application/problem+json");
        asAlice().get("/orders/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNulCharacterInTheAddressIsABadRequestNamingTheFieldAndStoresNothing() {
        long before = countOrders();
        asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body("SKU-1", 1, "tok").replace("1 Main St", "1 Main\\u0000St")).post("/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("shippingAddress"));
        assertThat(countOrders()).isEqualTo(before);
    }

    @Test
    void cancelRefundsAndReleasesThroughBothParticipantsThenAnswers200AndRepeatsIdempotently() {
        String sku = catalogue("EUR", 900);
        reservationSucceeds(sku, 1, 900);
        paymentSucceeds("tok_approve_" + sku);
        confirmAndReleaseSucceed();
        cancellationsSucceed();
        String id = asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body(sku, 1, "tok_approve_" + sku)).post("/orders").then().statusCode(201).extract().path("id");

        asAlice().header("X-Forwarded-Host", "shop.example:8443").header("X-Forwarded-Proto", "https")
                .post("/orders/" + id + "/cancel").then().statusCode(200)
                .header("Location", "https://shop.example:8443/orders/" + id)
                .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"));
        asAlice().post("/orders/" + id + "/cancel").then().statusCode(200);

        ParticipantsStub.server.verify(postRequestedFor(urlPathEqualTo("/payments/cancellations"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(id))));
        ParticipantsStub.server.verify(postRequestedFor(urlPathEqualTo("/reservations/cancellations"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(id))));
        assertThat(eventTypes(id)).containsExactly("OrderPlaced", "OrderConfirmed", "OrderCancelled");
    }

    @Test
    void aCancelAfterDispatchIsA409AndTheOrderStaysFulfilled() {
        String sku = catalogue("EUR", 300);
        reservationSucceeds(sku, 1, 300);
        paymentSucceeds("tok_approve_" + sku);
        confirmAndReleaseSucceed();
        String id = asAlice().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body(sku, 1, "tok_approve_" + sku)).post("/orders").then().statusCode(201).extract().path("id");
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/payments/cancellations"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(id)))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://orderflow.io/problems/shipment-dispatched\",\"status\":409,"
                                + "\"detail\":\"the shipment has left\"}")));

        asAlice().post("/orders/" + id + "/cancel").then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/shipment-dispatched"));

        assertThat(asAlice().get("/orders/" + id).then().extract().path("status").toString())
                .isEqualTo("FULFILLMENT_CREATED");
        ParticipantsStub.server.verify(0, postRequestedFor(urlPathEqualTo("/reservations/cancellations"))
                .withRequestBody(matchingJsonPath("$.orderId", equalTo(id))));
    }

    private static RequestSpecification asAlice() {
        return as("alice", "customer");
    }

    private static RequestSpecification as(String subject, String role) {
        return RestAssured.given().auth().oauth2(TestIssuer.get().token(subject, role));
    }

    static String body(String sku, int quantity, String token) {
        return """
                {"items":[{"sku":"%s","quantity":%d}],"shippingAddress":"1 Main St, Springfield",
                 "paymentToken":"%s","currency":"EUR"}""".formatted(sku, quantity, token);
    }

    private static String catalogue(String currency, long price) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ParticipantsStub.server.stubFor(get(urlPathEqualTo("/skus")).withQueryParam("sku", equalTo(sku))
                .willReturn(okJson("[{\"sku\":\"" + sku + "\",\"currency\":\"" + currency + "\",\"unitPriceMinor\":"
                        + price + "}]")));
        return sku;
    }

    private static UUID reservationSucceeds(String sku, int quantity, long price) {
        UUID id = UUID.randomUUID();
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(reservationJson(id, sku, quantity, price, "HELD"))));
        return id;
    }

    private static String reservationJson(UUID id, String sku, int quantity, long price, String status) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":" + quantity + ",\"unitPriceMinor\":" + price + "}]}";
    }

    private static UUID paymentSucceeds(String token) {
        UUID id = UUID.randomUUID();
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/payments"))
                .withRequestBody(matchingJsonPath("$.paymentToken", equalTo(token)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + id + "\",\"status\":\"CAPTURED\",\"fulfillmentId\":\""
                                + UUID.randomUUID() + "\"}")));
        return id;
    }

    private static void confirmAndReleaseSucceed() {
        ParticipantsStub.server.stubFor(post(urlPathMatching("/reservations/.*/(confirm|release)"))
                .willReturn(okJson("{}")));
    }

    private static void cancellationsSucceed() {
        ParticipantsStub.server.stubFor(post(urlPathMatching("/(payments|reservations)/cancellations"))
                .atPriority(10).willReturn(okJson("{}")));
    }

    private List<String> eventTypes(String orderId) {
        return entityManager.createNativeQuery("SELECT type FROM outbox WHERE aggregateid = ?1 ORDER BY occurred_at",
                String.class).setParameter(1, orderId).getResultList();
    }

    private long countOrders() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM orders").getSingleResult()).longValue();
    }
}
