package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.cancel;
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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every payment ends: a PENDING payment nobody can charge is VOIDED once no charge attempt can still land. */
@QuarkusTest
@TestProfile(VoidingPaymentsIT.QuickVoiding.class)
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class VoidingPaymentsIT {

    /** Still longer than a provider call may take here (1 s connect, 1 s read timeout in the test profile). */
    private static final Duration VOID_PENDING_AFTER = Duration.ofSeconds(2);
    private static final Duration PATIENCE = VOID_PENDING_AFTER.plusSeconds(10);

    ProviderStub provider;

    @Inject
    EntityManager entityManager;

    /** Waits less before voiding, so tests need not wait the default 30 s. */
    public static class QuickVoiding implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("payments.void-pending-after", VOID_PENDING_AFTER.toSeconds() + "s");
        }
    }

    @Test
    void aCancelledOrdersPendingPaymentIsVoidedOnceItsChargeCanNoLongerLand() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.failsWithServerError(key);
        provider.lookupFindsNothing(key);
        pay(key, body(orderId, 700, "tok_error")).statusCode(503);
        String paymentId = paymentOf(orderId).extract().path("[0].id");

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> cancel(orderId).statusCode(200));

        cancel(orderId).statusCode(200).body("outcome", equalTo("VOIDED")).body("paymentId", equalTo(paymentId));
        paymentOf(orderId).body("[0].status", equalTo("VOIDED"))
                .body("[0].failureReason", containsString("cancelled"))
                .body("[0].declineReason", nullValue());
        pay(key, body(orderId, 700, "tok_error")).statusCode(409)
                .body("type", equalTo("https://orderflow.io/problems/order-cancelled"));
        provider.verifyChargeRequests(1, key);
        fulfillmentsOf(orderId).body("", empty());
    }

    @Test
    void aPaymentTheProviderKeepsFailingEndsVoidedAfterTheLastAllowedAttempt() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.failsWithServerError(key);
        provider.lookupFindsNothing(key);
        for (int attempt = 1; attempt <= 3; attempt++) {
            pay(key, body(orderId, 1300, "tok_error")).statusCode(503);
        }

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> pay(key, body(orderId, 1300, "tok_error")).statusCode(422));

        pay(key, body(orderId, 1300, "tok_error")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/payment-failed"))
                .body("detail", containsString("the payment provider failed 3 times; nothing was charged"));
        paymentOf(orderId).body("[0].status", equalTo("VOIDED"))
                .body("[0].failureReason", equalTo("the payment provider failed 3 times; nothing was charged"));
        provider.verifyChargeRequests(3, key);
        fulfillmentsOf(orderId).body("", empty());
        assertThat(outboxTypes(entityManager, orderId)).isEmpty();
        cancel(orderId).statusCode(200).body("outcome", equalTo("VOIDED"));
    }
}
