package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Callers.asAdmin;
import static io.orderflow.inventory.adapter.in.rest.Callers.asCustomer;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
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
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class SkuIT {

    @Test
    void creatingASkuPutsAllItsUnitsOnHand() {
        String sku = uniqueSku();
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "Blue mug", "unitPriceMinor", 1250, "currency", "EUR", "onHand", 7))
                .post("/skus").then().statusCode(201)
                .header("Location", notNullValue())
                .body("sku", equalTo(sku)).body("name", equalTo("Blue mug"))
                .body("unitPriceMinor", equalTo(1250)).body("currency", equalTo("EUR"))
                .body("onHand", equalTo(7)).body("reserved", equalTo(0)).body("shipped", equalTo(0));
        stock(sku).body("onHand", equalTo(7));
    }

    @Test
    void creatingAnExistingSkuIsAConflict() {
        String sku = createSku(1);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "Again", "unitPriceMinor", 1, "currency", "EUR", "onHand", 99))
                .post("/skus").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/conflict"));
        stock(sku).body("onHand", equalTo(1));
    }

    @Test
    void invalidSkusAreBadRequestsNamingTheField() {
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("sku", "lower-case", "name", "x", "unitPriceMinor", -1, "currency", "euro", "onHand", 1))
                .post("/skus").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("currency", "sku", "unitPriceMinor"));
    }

    @Test
    void unknownSkuIsNotFound() {
        asCustomer().get("/skus/" + uniqueSku()).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/not-found"));
    }

    @Test
    void listingBySkuReturnsOnlyTheSkusThatExistInSkuOrder() {
        String first = createSku(1);
        String second = createSku(2);
        String lower = first.compareTo(second) < 0 ? first : second;
        String higher = lower.equals(first) ? second : first;
        asCustomer().queryParam("sku", higher).queryParam("sku", uniqueSku()).queryParam("sku", lower)
                .get("/skus").then().statusCode(200)
                .body("sku", contains(lower, higher));
    }

    @Test
    void listingWithoutParametersReturnsSkusInOrder() {
        createSku(1);
        List<String> skus = asCustomer().get("/skus").then().statusCode(200).extract().path("sku");
        assertThat(skus).isNotEmpty().hasSizeLessThanOrEqualTo(500).isSorted();
    }

    @Test
    void adjustingStockChangesUnitsOnHand() {
        String sku = createSku(5);
        adjust(sku, 10).statusCode(200).body("onHand", equalTo(15));
        adjust(sku, -15).statusCode(200).body("onHand", equalTo(0));
    }

    @Test
    void anAdjustmentBelowZeroIsRefusedAndChangesNothing() {
        String sku = createSku(3);
        adjust(sku, -4).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/business-rule"))
                .body("detail", containsString("only 3 units are on hand"));
        stock(sku).body("onHand", equalTo(3));
    }

    @Test
    void adjustingAnUnknownSkuIsNotFoundAndAZeroDeltaIsABadRequest() {
        adjust(uniqueSku(), 1).statusCode(404);
        adjust(createSku(1), 0).statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse adjust(String sku, int delta) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("delta", delta, "reason", "stocktake"))
                .post("/skus/" + sku + "/stock-adjustments").then();
    }
}
