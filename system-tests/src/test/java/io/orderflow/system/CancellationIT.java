package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Cancels racing the saga, cancels that come too late, and orders whose provider never answers. */
class CancellationIT {

    private final Platform platform = new Platform(RunningStack.get());

    @Test
    void aCancelWhileS3IsStalledBeforeCommittingThePaymentEndsCancelledWithNothingCharged() {
        String sku = platform.newSku(3, 700);
        Faults.armDelay(platform.stack, Faults.S3_PAYMENT_BEFORE_COMMIT, 3_000);
        CompletableFuture<Response> placing = CompletableFuture.supplyAsync(
                () -> platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve"));
        String orderId = awaitOrderWith(sku, "RESERVED");

        int status = platform.cancel(orderId).then().extract().statusCode();

        assertThat(status).isIn(200, 202);
        placing.join();
        awaitStatus(orderId, "CANCELLED");
        assertNothingHeldOrCharged(orderId, sku, 3);
    }

    @Test
    void aCancelWhileTheProviderIsChargingEndsCancelledWithTheChargeRefunded() {
        String sku = platform.newSku(3, 800);
        CompletableFuture<Response> placing = CompletableFuture.supplyAsync(
                () -> platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_slow"));
        String orderId = awaitOrderWith(sku, "RESERVED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !platform.payments(orderId).isEmpty());

        assertThat(platform.cancel(orderId).then().extract().statusCode()).isIn(200, 202);

        placing.join();
        awaitStatus(orderId, "CANCELLED");
        assertNothingHeldOrCharged(orderId, sku, 3);
    }

    @Test
    void aDispatchedShipmentCannotBeCancelledAndItsStockIsNotRestocked() {
        String sku = platform.newSku(2, 600);
        String orderId = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve")
                .then().statusCode(201).extract().path("id");
        String fulfillmentId = (String) platform.fulfillments(orderId).get(0).get("id");
        platform.dispatch(fulfillmentId).then().statusCode(200);

        platform.cancel(orderId).then().statusCode(409).contentType("application/problem+json");

        assertThat(platform.order(orderId).getString("status")).isEqualTo("FULFILLMENT_CREATED");
        assertThat(platform.payments(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("status")).isEqualTo("CAPTURED"));
        assertThat(platform.fulfillments(orderId)).singleElement()
                .satisfies(f -> assertThat(f.get("status")).isEqualTo("DISPATCHED"));
        assertThat(platform.sku(sku).getInt("onHand")).isEqualTo(1);
        assertThat(platform.violationsOf(orderId)).isEmpty();
    }

    @Test
    void aProviderThatKeepsFailingEndsTheOrderFailedWithNothingChargedOrHeld() {
        String sku = platform.newSku(2, 400);
        platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_error").then().statusCode(202);
        String orderId = awaitOrderWith(sku, null);

        awaitStatus(orderId, "FAILED");

        assertThat(platform.order(orderId).getString("failureCode")).isEqualTo("PAYMENT_FAILED");
        assertThat(platform.payments(orderId)).singleElement()
                .satisfies(p -> assertThat(p.get("status")).isEqualTo("VOIDED"));
        assertThat(platform.sku(sku).getInt("onHand")).isEqualTo(2);
        assertThat(platform.violationsOf(orderId)).isEmpty();
    }

    @Test
    void badTextIsA400AndLocationsPointAtTheGateway() {
        String sku = platform.newSku(2, 400);
        platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_\u0000approve")
                .then().statusCode(400).contentType("application/problem+json");
        Response placed = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve");
        assertThat(placed.header("Location")).startsWith(platform.stack.url("gateway") + "/orders/");
    }

    private void assertNothingHeldOrCharged(String orderId, String sku, int onHand) {
        assertThat(platform.reservations(orderId)).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("RELEASED"));
        assertThat(platform.payments(orderId)).allSatisfy(p -> assertThat(p.get("status")).isIn("REFUNDED", "VOIDED"));
        assertThat(platform.fulfillments(orderId)).allSatisfy(f -> assertThat(f.get("status")).isEqualTo("CANCELLED"));
        List<Map<String, Object>> charges = platform.providerCharges("order-" + orderId + ":pay");
        assertThat(charges).allSatisfy(c -> assertThat(c.get("refunded")).isEqualTo(true));
        assertThat(platform.sku(sku).getInt("onHand")).isEqualTo(onHand);
        await().atMost(Duration.ofSeconds(30)).until(() -> platform.violationsOf(orderId).isEmpty());
    }

    private String awaitOrderWith(String sku, String status) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> platform.orderIdsWithSku(sku).stream()
                        .filter(id -> status == null || status.equals(platform.order(id).getString("status")))
                        .findFirst(), found -> found.isPresent()).get();
    }

    private void awaitStatus(String orderId, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> platform.order(orderId).getString("status"), status::equals);
    }
}
