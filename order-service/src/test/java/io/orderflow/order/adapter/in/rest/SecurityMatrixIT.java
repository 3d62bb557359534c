package io.orderflow.order.adapter.in.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.identity.SecurityMatrix;
import io.orderflow.testinfra.identity.TokenCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what at order-service: every endpoint, called by every kind of caller, gives exactly the answer
 * the role table says. Orders belong to {@link TokenCaller#CUSTOMER}; to another customer they do not exist
 * (404, never 403). No or a bad token is 401, a good token without the role 403.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class SecurityMatrixIT {

    private static final String CUSTOMER = "customer";
    private static final String OPS = "ops";
    private static final String ADMIN = "admin";

    /** Endpoint, roles allowed, the answer an allowed caller gets, and whether the order must be the caller's. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST /orders", Set.of(CUSTOMER), 400, false, (caller, order) -> caller
                    .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(PlaceOrderIT.body("ANY-SKU", 0, "tok_approve")).post("/orders")),
            new Endpoint("GET /orders", Set.of(CUSTOMER, OPS, ADMIN), 200, false,
                    (caller, order) -> caller.get("/orders")),
            new Endpoint("GET /orders/{id}", Set.of(CUSTOMER, OPS, ADMIN), 200, true,
                    (caller, order) -> caller.get("/orders/" + order)),
            new Endpoint("POST /orders/{id}/cancel", Set.of(CUSTOMER, ADMIN), 409, true,
                    (caller, order) -> caller.post("/orders/" + order + "/cancel")),
            new Endpoint("GET /ops/orders/attention", Set.of(OPS, ADMIN), 200, false,
                    (caller, order) -> caller.get("/ops/orders/attention")),
            new Endpoint("POST /ops/orders/{id}/retry", Set.of(OPS, ADMIN), 202, false,
                    (caller, order) -> caller.post("/ops/orders/" + order + "/retry")),
            new Endpoint("POST /ops/orders/{id}/cancel", Set.of(OPS, ADMIN), 409, false,
                    (caller, order) -> caller.post("/ops/orders/" + order + "/cancel")),
            new Endpoint("POST /ops/orders/recover", Set.of(OPS, ADMIN), 200, false,
                    (caller, order) -> caller.post("/ops/orders/recover")),
            new Endpoint("GET /orders/{id}/timeline", Set.of(CUSTOMER, OPS, ADMIN), 200, true,
                    (caller, order) -> caller.get("/orders/" + order + "/timeline")),
            new Endpoint("GET /ops/dead-letters", Set.of(OPS, ADMIN), 200, false,
                    (caller, order) -> caller.get("/ops/dead-letters")),
            new Endpoint("GET /ops/dead-letters/{id}", Set.of(OPS, ADMIN), 404, false,
                    (caller, order) -> caller.get("/ops/dead-letters/" + UUID.randomUUID())),
            new Endpoint("POST /ops/dead-letters/{id}/replay", Set.of(OPS, ADMIN), 404, false,
                    (caller, order) -> caller.post("/ops/dead-letters/" + UUID.randomUUID() + "/replay")),
            new Endpoint("POST /ops/dead-letters/replay", Set.of(OPS, ADMIN), 400, false,
                    (caller, order) -> caller.post("/ops/dead-letters/replay")));

    static Stream<Arguments> cells() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(TokenCaller.values())
                .map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void everyCallerGetsTheAnswerItsRoleAndOwnershipAllow(Endpoint endpoint, TokenCaller caller) {
        int expected = caller == TokenCaller.OTHER_CUSTOMER && endpoint.ownedOnly()
                ? 404 : caller.expectedStatus(endpoint.roles(), endpoint.allowedStatus());

        Response response = endpoint.call().apply(caller.request(), failedOrderOfTheCustomer());

        assertThat(response.statusCode()).as("%s as %s answered %s", endpoint, caller, response.body().asString())
                .isEqualTo(expected);
        TokenCaller.assertRefusalIsAProblem(response);
        if (expected == 404) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theMatrixNamesEveryEndpointOfTheServiceForEveryCaller() {
        SecurityMatrix.assertTablesEveryOperation("order-service", "io.orderflow.order",
                ENDPOINTS.stream().map(Endpoint::name).toList());
    }

    /** An order of the matrix's customer, FAILED because S2 had no stock: it exists and nothing is held. */
    private static String failedOrderOfTheCustomer() {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ParticipantsStub.server.stubFor(get(urlPathEqualTo("/skus")).withQueryParam("sku", equalTo(sku))
                .willReturn(okJson("[{\"sku\":\"" + sku + "\",\"currency\":\"EUR\",\"unitPriceMinor\":100}]")));
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://orderflow.io/problems/out-of-stock\",\"status\":422,"
                                + "\"detail\":\"not enough stock\"}")));
        return TokenCaller.CUSTOMER.request().contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(PlaceOrderIT.body(sku, 1, "tok_approve")).post("/orders")
                .then().statusCode(422).extract().path("orderId");
    }

    /** One row of the role table. */
    record Endpoint(String name, Set<String> roles, int allowedStatus, boolean ownedOnly,
                    BiFunction<RequestSpecification, String, Response> call) {

        @Override
        public String toString() {
            return name;
        }
    }
}
