package io.orderflow.system;

import static io.restassured.RestAssured.given;

import io.orderflow.stack.Stack;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The running platform as a test sees it: the gateway for customers, each service for checking its state. */
final class Platform {

    final Stack stack;
    final Identities identities;

    Platform(Stack stack) {
        this.stack = stack;
        this.identities = Identities.of(stack);
    }

    /** A request through the gateway as this run's customer. */
    RequestSpecification asCustomer() {
        return given().baseUri(stack.url("gateway")).auth().oauth2(identities.customer());
    }

    /** A request to {@code baseUri} (the gateway or a service) as the admin. */
    RequestSpecification asAdmin(String baseUri) {
        return given().baseUri(baseUri).auth().oauth2(identities.admin());
    }

    /** A new SKU with a unique code, created through the gateway's admin route. */
    String newSku(int onHand, long unitPriceMinor) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        asAdmin(stack.url("gateway")).contentType("application/json")
                .body(Map.of("sku", sku, "name", "Test item " + sku, "unitPriceMinor", unitPriceMinor,
                        "currency", "EUR", "onHand", onHand))
                .post("/skus").then().statusCode(201);
        return sku;
    }

    Response placeOrder(String key, String sku, int quantity, String token) {
        return asCustomer().contentType("application/json")
                .header("Idempotency-Key", key)
                .body("""
                        {"items":[{"sku":"%s","quantity":%d}],"shippingAddress":"1 Main St, Springfield",
                         "paymentToken":"%s","currency":"EUR"}""".formatted(sku, quantity, token))
                .post("/orders");
    }

    Response cancel(String orderId) {
        return asCustomer().post("/orders/" + orderId + "/cancel");
    }

    Response dispatch(String fulfillmentId) {
        return asAdmin(stack.url("gateway")).post("/fulfillments/" + fulfillmentId + "/dispatch");
    }

    /** The consistency checker's violations about one order (other tests' orders may still be under way). */
    List<io.orderflow.stack.check.Violation> violationsOf(String orderId) {
        return new io.orderflow.stack.check.ConsistencyChecker(new io.orderflow.stack.check.Sources(
                "jdbc:postgresql://localhost:" + stack.config().port("postgres") + "/", stack.url("payment-provider"),
                stack.kafkaBootstrapServers()), java.time.Duration.ofSeconds(60)).report().violations().stream()
                .filter(v -> v.subject().equals(orderId) || v.message().contains(orderId)).toList();
    }

    JsonPath order(String id) {
        return asCustomer().get("/orders/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Ids of the orders (among the newest hundred) that order this SKU. */
    List<String> orderIdsWithSku(String sku) {
        List<Map<String, Object>> items = asCustomer().queryParam("size", 100)
                .get("/orders").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream()
                .filter(o -> ((List<?>) o.get("lines")).stream().anyMatch(l -> sku.equals(((Map<?, ?>) l).get("sku"))))
                .map(o -> (String) o.get("id"))
                .toList();
    }

    JsonPath sku(String sku) {
        return asAdmin(stack.url("inventory")).get("/skus/" + sku).then().statusCode(200).extract()
                .jsonPath();
    }

    List<Map<String, Object>> reservations(String orderId) {
        return list(stack.url("inventory"), "/reservations?orderId=" + orderId);
    }

    List<Map<String, Object>> payments(String orderId) {
        return list(stack.url("payment"), "/payments?orderId=" + orderId);
    }

    List<Map<String, Object>> fulfillments(String orderId) {
        return list(stack.url("payment"), "/fulfillments?orderId=" + orderId);
    }

    /** Charges the provider made with this idempotency key. */
    List<Map<String, Object>> providerCharges(String idempotencyKey) {
        return given().baseUri(stack.url("payment-provider")).queryParam("idempotency_key", idempotencyKey)
                .get("/v1/charges").then().statusCode(200).extract().jsonPath().getList("data");
    }

    private List<Map<String, Object>> list(String baseUri, String path) {
        return asAdmin(baseUri).get(path).then().statusCode(200).extract().jsonPath().getList("$");
    }

    EventLog events(String... topics) {
        return new EventLog(stack.kafkaBootstrapServers(), topics);
    }
}
