package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.cancel;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.cancelWithBody;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.dispatch;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.fulfillmentsOf;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.outboxTypes;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.pay;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.paymentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** POST /payments/cancellations: a cancelled order holds nothing and is never charged later. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class OrderCancellationIT {

    private static final String ORDER_CANCELLED = "https://orderflow.io/problems/order-cancelled";

    ProviderStub provider;

    @Inject
    EntityManager entityManager;

    @Test
    void anOrderWithoutPaymentIsCancelledWithNothingChargedAndIsNeverChargedLater() {
        UUID orderId = UUID.randomUUID();
        for (int call = 0; call < 2; call++) {
            cancel(orderId).statusCode(200)
                    .body("orderId", equalTo(orderId.toString()))
                    .body("outcome", equalTo("NOTHING_CHARGED"))
                    .body("paymentId", nullValue());
        }

        String key = UUID.randomUUID().toString();
        provider.approves(key);
        pay(key, body(orderId, 1200, "tok_approve")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(ORDER_CANCELLED))
                .body("orderId", equalTo(orderId.toString()));

        provider.verifyChargeRequests(0, key);
        paymentOf(orderId).body("", empty());
    }

    @Test
    void aCapturedPaymentIsRefundedWithItsShipmentCancelledAndRepeatingAnswersTheSame() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        String chargeId = provider.approves(key);
        provider.refundSucceeds(chargeId);
        String paymentId = pay(key, body(orderId, 4200, "tok_approve")).statusCode(201).extract().path("id");

        for (int call = 0; call < 2; call++) {
            cancel(orderId).statusCode(200)
                    .body("orderId", equalTo(orderId.toString()))
                    .body("outcome", equalTo("REFUNDED"))
                    .body("paymentId", equalTo(paymentId));
        }

        paymentOf(orderId).body("[0].status", equalTo("REFUNDED"));
        fulfillmentsOf(orderId).body("[0].status", equalTo("CANCELLED"));
        provider.verifyRefundRequests(1, chargeId, "refund-" + paymentId);
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested", "PaymentRefunded");
        pay(key, body(orderId, 4200, "tok_approve")).statusCode(409).body("type", equalTo(ORDER_CANCELLED));
    }

    @Test
    void aDeclinedPaymentIsCancelledAsDeclined() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.declines(key);
        pay(key, body(orderId, 300, "tok_decline")).statusCode(422);
        String paymentId = paymentOf(orderId).extract().path("[0].id");

        cancel(orderId).statusCode(200).body("outcome", equalTo("DECLINED")).body("paymentId", equalTo(paymentId));
    }

    @Test
    void aPendingPaymentWhoseChargeMayStillLandIsNotVoidedAndIsNeverChargedAgain() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.failsWithServerError(key);
        provider.lookupFindsNothing(key);
        pay(key, body(orderId, 900, "tok_error")).statusCode(503);

        String retryAfter = cancel(orderId).statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/dependency-unavailable"))
                .body("orderId", equalTo(orderId.toString()))
                .body("detail", containsString("may still be in flight"))
                .extract().header("Retry-After");

        assertThat(Integer.parseInt(retryAfter)).as("seconds until the charge can no longer land").isBetween(1, 30);

        paymentOf(orderId).body("[0].status", equalTo("PENDING"));
        pay(key, body(orderId, 900, "tok_error")).statusCode(409).body("type", equalTo(ORDER_CANCELLED));
        provider.verifyChargeRequests(1, key);
    }

    @Test
    void aPendingPaymentTheProviderDidChargeIsRecordedThenRefunded() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.failsWithServerError(key);
        provider.lookupFindsNothing(key);
        pay(key, body(orderId, 1600, "tok_approve")).statusCode(503);
        String chargeId = "ch_late-" + key;
        provider.lookupFinds(key, chargeId, "succeeded");
        provider.refundSucceeds(chargeId);

        cancel(orderId).statusCode(200).body("outcome", equalTo("REFUNDED"));

        paymentOf(orderId).body("[0].status", equalTo("REFUNDED")).body("[0].providerChargeId", equalTo(chargeId));
        fulfillmentsOf(orderId).body("[0].status", equalTo("CANCELLED"));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested", "PaymentRefunded");
    }

    @Test
    void aChargeApprovedWhileTheOrderWasBeingCancelledIsCapturedThenRefunded() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        // In flight for a while, yet well within the test profile's 1000 ms read timeout.
        String chargeId = provider.approvesAfter(key, 600);
        provider.lookupFindsNothing(key);
        provider.refundSucceeds(chargeId);

        CompletableFuture<ExtractableResponse<Response>> payment =
                CompletableFuture.supplyAsync(() -> pay(key, body(orderId, 2100, "tok_approve")).extract());
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> "PENDING".equals(paymentOf(orderId).extract().path("[0].status")));
        cancel(orderId).statusCode(503);

        ExtractableResponse<Response> answer = payment.join();
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.<String>path("type")).isEqualTo(ORDER_CANCELLED);
        paymentOf(orderId).body("[0].status", equalTo("REFUNDED"));
        fulfillmentsOf(orderId).body("[0].status", equalTo("CANCELLED"));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested", "PaymentRefunded");
        cancel(orderId).statusCode(200).body("outcome", equalTo("REFUNDED"));
        provider.verifyChargeRequests(1, key);
    }

    @Test
    void aRefundTheProviderDoesNotConfirmLeavesTheOrderCancelledUntilARetryFinishesIt() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        String chargeId = provider.approves(key);
        provider.refundFails(chargeId);
        pay(key, body(orderId, 1900, "tok_approve")).statusCode(201);

        cancel(orderId).statusCode(503).body("type", equalTo("https://orderflow.io/problems/dependency-unavailable"));
        paymentOf(orderId).body("[0].status", equalTo("CAPTURED"));
        String fulfillmentId = fulfillmentsOf(orderId).body("[0].status", equalTo("REQUESTED"))
                .extract().path("[0].id");
        dispatch(fulfillmentId).statusCode(409).body("type", equalTo(ORDER_CANCELLED));

        provider.refundSucceeds(chargeId);
        cancel(orderId).statusCode(200).body("outcome", equalTo("REFUNDED"));
        fulfillmentsOf(orderId).body("[0].status", equalTo("CANCELLED"));
    }

    @Test
    void aMissingOrInvalidOrderIdIsABadRequest() {
        cancelWithBody("{}").statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("orderId"));
        cancelWithBody("{\"orderId\":\"not-a-uuid\"}").statusCode(400).contentType("application/problem+json");
        cancelWithBody("").statusCode(400).contentType("application/problem+json");
    }
}
