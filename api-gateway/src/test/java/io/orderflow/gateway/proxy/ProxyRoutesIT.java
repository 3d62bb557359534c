package io.orderflow.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeBackends.class)
class ProxyRoutesIT {

    @Test
    void aLocationTheBackendBuildsFromForwardedHeadersPointsAtTheGateway() {
        given().contentType(ContentType.JSON).body("{}").post("/skus").then().statusCode(201)
                .header("Location", equalTo("http://localhost:" + RestAssured.port + "/skus/42"));
    }

    @Test
    void theHostTheClientAddressedIsForwardedWithItsPort() {
        given().header("Host", "shop.example:8443").contentType(ContentType.JSON).body("{}")
                .post("/orders").then().statusCode(201)
                .header("Location", equalTo("http://shop.example:8443/orders/42"));
        Map<String, String> forwarded = forwardedHeaders(given().header("Host", "shop.example"));
        assertThat(forwarded).containsEntry("x-forwarded-host", "shop.example")
                .containsEntry("x-forwarded-port", "80");
    }

    @Test
    void forwardingHeadersAClientSentAreReplacedByTheGatewaysOwn() {
        Map<String, String> forwarded = forwardedHeaders(given()
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "1")
                .header("X-Forwarded-Prefix", "/evil")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Ssl", "on")
                .header("Forwarded", "host=evil.example;proto=https"));

        assertThat(forwarded)
                .containsOnlyKeys("x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for")
                .containsEntry("x-forwarded-host", "localhost:" + RestAssured.port)
                .containsEntry("x-forwarded-proto", "http")
                .containsEntry("x-forwarded-port", Integer.toString(RestAssured.port));
        assertThat(forwarded.get("x-forwarded-for")).isNotEqualTo("203.0.113.9");
    }

    @Test
    void fulfillmentsAreRoutedToThePaymentFulfillmentService() {
        given().get("/fulfillments/F-1").then().statusCode(200)
                .body("backend", equalTo("fulfillments"))
                .body("path", equalTo("/fulfillments/F-1"));
        given().get("/skus/A-1").then().statusCode(200).body("backend", equalTo("skus"));
    }

    @Test
    void aRouteWithSeveralCopiesSendsEachRequestToTheNext() {
        List<Integer> copies = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> given().get("/orders/O-" + i).then().statusCode(200).body("backend", equalTo("orders"))
                        .extract().<Integer>path("copy"))
                .toList();

        assertThat(copies).containsOnly(1, 2);
        assertThat(copies.get(0)).isNotEqualTo(copies.get(1));
        assertThat(copies.get(1)).isNotEqualTo(copies.get(2));
    }

    /** The forwarding headers the backend received for a GET through the gateway. */
    private static Map<String, String> forwardedHeaders(RequestSpecification request) {
        Map<String, String> headers = request.get("/skus").then().statusCode(200)
                .extract().jsonPath().getMap("headers");
        return headers.entrySet().stream()
                .filter(h -> h.getKey().startsWith("x-forwarded-") || h.getKey().equals("forwarded"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
