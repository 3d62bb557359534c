package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserveOk;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.uniqueSku;
import static io.orderflow.inventory.adapter.in.rest.Roles.ADMIN;
import static io.orderflow.inventory.adapter.in.rest.Roles.CUSTOMER;
import static io.orderflow.inventory.adapter.in.rest.Roles.OPS;
import static io.orderflow.inventory.adapter.in.rest.Roles.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.identity.SecurityMatrix;
import io.orderflow.testinfra.identity.TokenCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: every endpoint, called by every kind of caller, gives exactly the answer the role table
 * says. No or a bad token is 401 with a Bearer challenge; a good token without the role is 403; an allowed
 * caller gets the endpoint's own answer to a valid request (on real SKUs and reservations, made per cell).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class SecurityMatrixIT {

    private static final Set<String> SIGNED_IN = Set.of(CUSTOMER, OPS, ADMIN, SERVICE);
    private static final Set<String> STAFF_AND_SERVICE = Set.of(SERVICE, OPS, ADMIN);

    /** The role table: endpoint, roles allowed, and the answer an allowed caller gets to the request sent. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST /skus", Set.of(ADMIN), 201, caller -> caller.contentType(ContentType.JSON)
                    .body(Map.of("sku", uniqueSku(), "name", "Mug", "unitPriceMinor", 100, "currency", "EUR",
                            "onHand", 1))
                    .post("/skus")),
            new Endpoint("GET /skus", SIGNED_IN, 200, caller -> caller.queryParam("sku", createSku(1))
                    .get("/skus")),
            new Endpoint("GET /skus/{sku}", SIGNED_IN, 200, caller -> caller.get("/skus/" + createSku(1))),
            new Endpoint("POST /skus/{sku}/stock-adjustments", Set.of(ADMIN), 200, caller -> caller
                    .contentType(ContentType.JSON).body(Map.of("delta", 1, "reason", "stocktake"))
                    .post("/skus/" + createSku(1) + "/stock-adjustments")),
            new Endpoint("POST /reservations", Set.of(SERVICE), 201, caller -> caller.contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("orderId", UUID.randomUUID().toString(), "lines", List.of(line(createSku(1), 1))))
                    .post("/reservations")),
            new Endpoint("GET /reservations/{id}", STAFF_AND_SERVICE, 200,
                    caller -> caller.get("/reservations/" + heldReservation())),
            new Endpoint("GET /reservations?orderId=", STAFF_AND_SERVICE, 200,
                    caller -> caller.queryParam("orderId", UUID.randomUUID().toString()).get("/reservations")),
            new Endpoint("POST /reservations/{id}/confirm", Set.of(SERVICE), 200,
                    caller -> caller.post("/reservations/" + heldReservation() + "/confirm")),
            new Endpoint("POST /reservations/{id}/release", Set.of(SERVICE), 200,
                    caller -> caller.post("/reservations/" + heldReservation() + "/release")),
            new Endpoint("POST /reservations/cancellations", Set.of(SERVICE), 200, caller -> caller
                    .contentType(ContentType.JSON).body(Map.of("orderId", UUID.randomUUID().toString()))
                    .post("/reservations/cancellations")));

    static Stream<Arguments> cells() {
        return ENDPOINTS.stream().flatMap(endpoint -> Stream.of(TokenCaller.values())
                .map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void everyCallerGetsTheAnswerItsRoleAllows(Endpoint endpoint, TokenCaller caller) {
        int expected = caller.expectedStatus(endpoint.roles(), endpoint.allowedStatus());

        Response response = endpoint.call().apply(caller.request());

        assertThat(response.statusCode()).as("%s as %s answered %s", endpoint, caller, response.body().asString())
                .isEqualTo(expected);
        TokenCaller.assertRefusalIsAProblem(response);
    }

    @Test
    void theMatrixNamesEveryEndpointOfTheServiceForEveryCaller() {
        SecurityMatrix.assertTablesEveryOperation("inventory-service", "io.orderflow.inventory",
                ENDPOINTS.stream().map(Endpoint::template).toList());
    }

    @Test
    void healthAndTheApiDocumentStayOpenAndTheDocumentAsksForABearerToken() {
        SecurityMatrix.assertApiDocumentAsksForABearerToken("paths.'/reservations'.post");
    }

    private static String heldReservation() {
        return reserveOk(UUID.randomUUID(), List.of(line(createSku(1), 1)));
    }

    /** One row of the role table; its request is built per cell, with fresh data, by {@code call}. */
    record Endpoint(String name, Set<String> roles, int allowedStatus,
                    Function<RequestSpecification, Response> call) {

        /** The JAX-RS template, as {@link io.orderflow.testinfra.ResourceMethods} names it. */
        String template() {
            return name.replaceFirst("\\?.*", "");
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
