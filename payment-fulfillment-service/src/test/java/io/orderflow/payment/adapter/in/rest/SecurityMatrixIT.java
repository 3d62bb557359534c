package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.pay;
import static io.orderflow.payment.adapter.in.rest.Roles.ADMIN;
import static io.orderflow.payment.adapter.in.rest.Roles.OPS;
import static io.orderflow.payment.adapter.in.rest.Roles.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.identity.SecurityMatrix;
import io.orderflow.testinfra.identity.TokenCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: every endpoint, called by every kind of caller, gives exactly the answer the role table
 * says. No or a bad token is 401 with a Bearer challenge; a good token without the role is 403; an allowed
 * caller gets the endpoint's own answer to a valid request (on a payment captured for the cell).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class SecurityMatrixIT {

    private static final Set<String> STAFF_AND_SERVICE = Set.of(SERVICE, OPS, ADMIN);

    /** The role table: endpoint, roles allowed, and the answer an allowed caller gets to the request sent. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST /payments", Set.of(SERVICE), 201, (data, caller) -> caller
                    .contentType("application/json").header("Idempotency-Key", data.approvedKey())
                    .body(body(UUID.randomUUID(), 4200, "tok_approve")).post("/payments")),
            new Endpoint("GET /payments/{id}", STAFF_AND_SERVICE, 200,
                    (data, caller) -> caller.get("/payments/" + data.captured().paymentId())),
            new Endpoint("GET /payments?orderId=", STAFF_AND_SERVICE, 200,
                    (data, caller) -> caller.queryParam("orderId", data.captured().orderId()).get("/payments")),
            new Endpoint("POST /payments/{id}/refund", Set.of(SERVICE), 200,
                    (data, caller) -> caller.post("/payments/" + data.captured().paymentId() + "/refund")),
            new Endpoint("POST /payments/cancellations", Set.of(SERVICE), 200, (data, caller) -> caller
                    .contentType("application/json").body(Map.of("orderId", data.captured().orderId()))
                    .post("/payments/cancellations")),
            new Endpoint("GET /fulfillments?orderId=", STAFF_AND_SERVICE, 200, (data, caller) -> caller
                    .queryParam("orderId", data.captured().orderId()).get("/fulfillments")),
            new Endpoint("POST /fulfillments/{id}/dispatch", Set.of(ADMIN), 200,
                    (data, caller) -> caller.post("/fulfillments/" + data.captured().fulfillmentId() + "/dispatch")));

    ProviderStub provider;

    static Stream<Arguments> cells() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(TokenCaller.values())
                .map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void everyCallerGetsTheAnswerItsRoleAllows(Endpoint endpoint, TokenCaller caller) {
        int expected = caller.expectedStatus(endpoint.roles(), endpoint.allowedStatus());

        Response response = endpoint.call().apply(new Data(provider), caller.request());

        assertThat(response.statusCode()).as("%s as %s answered %s", endpoint, caller, response.body().asString())
                .isEqualTo(expected);
        TokenCaller.assertRefusalIsAProblem(response);
    }

    @Test
    void theMatrixNamesEveryEndpointOfTheServiceForEveryCaller() {
        SecurityMatrix.assertTablesEveryOperation("payment-fulfillment-service", "io.orderflow.payment",
                ENDPOINTS.stream().map(Endpoint::template).toList());
    }

    @Test
    void healthAndTheApiDocumentStayOpenAndTheDocumentAsksForABearerToken() {
        SecurityMatrix.assertApiDocumentAsksForABearerToken("paths.'/payments'.post");
    }

    /** One row of the role table; its request is built per cell, with fresh data, by {@code call}. */
    record Endpoint(String name, Set<String> roles, int allowedStatus,
                    BiFunction<Data, RequestSpecification, Response> call) {

        /** The JAX-RS template, as {@link io.orderflow.testinfra.ResourceMethods} names it. */
        String template() {
            return name.replaceFirst("\\?.*", "");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Real data for one cell's request, made by order-service through the provider stub. */
    record Data(ProviderStub provider) {

        /** An Idempotency-Key whose charge the provider approves. */
        String approvedKey() {
            String key = UUID.randomUUID().toString();
            provider.approves(key);
            return key;
        }

        /** A payment captured for a new order; the provider would refund it. */
        Captured captured() {
            String key = UUID.randomUUID().toString();
            UUID orderId = UUID.randomUUID();
            provider.refundSucceeds(provider.approves(key));
            ExtractableResponse<Response> payment = pay(key, body(orderId, 4200, "tok_approve")).statusCode(201).extract();
            return new Captured(orderId.toString(), payment.path("id"), payment.path("fulfillmentId"));
        }
    }

    record Captured(String orderId, String paymentId, String fulfillmentId) {
    }
}
