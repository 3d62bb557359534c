package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Callers.asAdmin;
import static io.orderflow.inventory.adapter.in.rest.Callers.asService;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Behind the gateway, Location headers name the gateway that the client called, not this service. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class ForwardedHeadersIT {

    @Test
    void theLocationOfANewSkuNamesTheGateway() {
        String sku = uniqueSku();
        viaGateway(asAdmin()).contentType(ContentType.JSON)
                .body(Map.of("sku", sku, "name", "Mug", "unitPriceMinor", 100, "currency", "EUR", "onHand", 1))
                .post("/skus").then().statusCode(201)
                .header("Location", equalTo("https://shop.example:8443/skus/" + sku));
    }

    @Test
    void theLocationOfANewReservationNamesTheGateway() {
        String sku = createSku(5);
        var created = viaGateway(asService()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("orderId", UUID.randomUUID().toString(), "lines", List.of(line(sku, 1))))
                .post("/reservations").then().statusCode(201).extract();
        assertThat(created.header("Location"))
                .isEqualTo("https://shop.example:8443/reservations/" + created.<String>path("id"));
    }

    /** The headers the gateway sets on every request it forwards. */
    private static RequestSpecification viaGateway(RequestSpecification caller) {
        return caller.header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "shop.example:8443")
                .header("X-Forwarded-Port", "8443");
    }
}
