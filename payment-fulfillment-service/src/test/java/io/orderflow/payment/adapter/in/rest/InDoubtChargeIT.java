package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.fulfillmentsOf;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.outboxTypes;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.pay;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.paymentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A charge whose outcome is unknown is settled by asking the provider, never by charging blindly again. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class InDoubtChargeIT {

    /** Longer than the test profile's 1000 ms read timeout. */
    private static final int SLOWER_THAN_READ_TIMEOUT_MS = 2500;

    ProviderStub provider;

    @Inject
    EntityManager entityManager;

    @Test
    void providerErrorIsSettledByTheSucceededChargeOnRecord() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.failsWithServerError(key);
        provider.lookupFinds(key, "ch_found-" + key, "succeeded");

        pay(key, body(orderId, 2500, "tok_approve")).statusCode(201)
                .body("status", equalTo("CAPTURED"))
                .body("providerChargeId", equalTo("ch_found-" + key))
                .body("fulfillmentId", notNullValue());

        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested");
        provider.verifyChargeRequests(1, key);
    }

    @Test
    void providerErrorWithAFailedChargeOnRecordIsADecline() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.failsWithServerError(key);
        provider.lookupFinds(key, "ch_failed-" + key, "failed");

        pay(key, body(orderId, 2500, "tok_decline")).statusCode(422)
                .body("type", equalTo("https://orderflow.io/problems/payment-declined"));
        paymentOf(orderId).body("[0].status", equalTo("DECLINED"));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("PaymentDeclined");
    }

    @Test
    void timeoutWithNothingOnRecordLeavesThePaymentPendingUntilARetryWithTheSameKeySettlesIt() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        String chargeId = provider.timesOutOnceThenApproves(key, SLOWER_THAN_READ_TIMEOUT_MS);
        provider.lookupFindsNothing(key);

        pay(key, body(orderId, 3100, "tok_approve")).statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://orderflow.io/problems/dependency-unavailable"))
                .body("detail", containsString("PENDING"));
        paymentOf(orderId).body("", hasSize(1)).body("[0].status", equalTo("PENDING"));
        fulfillmentsOf(orderId).body("", empty());
        assertThat(outboxTypes(entityManager, orderId)).isEmpty();

        pay(key, body(orderId, 3100, "tok_approve")).statusCode(201)
                .body("status", equalTo("CAPTURED"))
                .body("providerChargeId", equalTo(chargeId));

        fulfillmentsOf(orderId).body("", hasSize(1));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested");
        provider.verifyLookups(2, key);
        provider.verifyChargeRequests(2, key);
    }
}
