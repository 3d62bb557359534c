package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Callers.asAdmin;
import static io.orderflow.inventory.adapter.in.rest.Callers.asCustomer;
import static io.orderflow.inventory.adapter.in.rest.Callers.asService;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.stock;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.uniqueSku;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text PostgreSQL cannot store (NUL, other control characters, unpaired surrogates) is a 400, never a 500. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class StorableTextIT {

    /** JSON escapes, so the body carries exactly these characters. */
    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\ud800", "\\udc00x"})
    void aSkuNameThatCannotBeStoredIsABadRequestNamingTheField(String escaped) {
        String sku = uniqueSku();
        post(asAdmin(), "/skus", """
                {"sku": "%s", "name": "Mug %s", "unitPriceMinor": 100, "currency": "EUR", "onHand": 1}"""
                .formatted(sku, escaped))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/validation-failed"))
                .body("violations.field", hasItem("name"));
        asCustomer().get("/skus/" + sku).then().statusCode(404);
    }

    @Test
    void aStockAdjustmentReasonWithANulIsABadRequestNamingTheField() {
        String sku = createSku(5);
        post(asAdmin(), "/skus/" + sku + "/stock-adjustments", """
                {"delta": 1, "reason": "goods\\u0000in"}""")
                .statusCode(400)
                .body("violations.field", hasItem("reason"));
        stock(sku).body("onHand", equalTo(5));
    }

    @Test
    void aReservedSkuWithAnUnpairedSurrogateIsABadRequestNamingTheField() {
        post(asService(), "/reservations", """
                {"orderId": "%s", "lines": [{"sku": "SKU-\\ud800", "quantity": 1}]}""".formatted(UUID.randomUUID()))
                .statusCode(400)
                .body("violations.field", hasItem("lines[0].sku"));
    }

    @Test
    void aPairedSurrogateIsStorable() {
        String sku = uniqueSku();
        post(asAdmin(), "/skus", """
                {"sku": "%s", "name": "Mug \\ud83d\\ude00", "unitPriceMinor": 100, "currency": "EUR", "onHand": 1}"""
                .formatted(sku))
                .statusCode(201)
                .body("name", equalTo("Mug \uD83D\uDE00"));
    }

    private static ValidatableResponse post(RequestSpecification caller, String path, String json) {
        return caller.contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(json).post(path).then();
    }
}
