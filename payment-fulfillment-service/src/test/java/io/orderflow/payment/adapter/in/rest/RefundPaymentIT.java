package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.fulfillmentsOf;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.outboxTypes;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.pay;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.paymentOf;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class RefundPaymentIT {

    ProviderStub provider;

    @Inject
    EntityManager entityManager;

    @Test
    void refundCancelsTheShipmentRequestAndRepeatingItRefundsNothingMore() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        String chargeId = provider.approves(key);
        provider.refundSucceeds(chargeId);
        String id = pay(key, body(orderId, 4200, "tok_approve")).statusCode(201).extract().path("id");

        refund(id).statusCode(200).body("status", equalTo("REFUNDED")).body("providerChargeId", equalTo(chargeId));
        refund(id).statusCode(200).body("status", equalTo("REFUNDED"));

        fulfillmentsOf(orderId).body("[0].status", equalTo("CANCELLED"));
        provider.verifyRefundRequests(1, chargeId, "refund-" + id);
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested", "PaymentRefunded");
        assertThat(refundedEventSaysTheShipmentWasCancelled(orderId)).isEqualTo("true");
    }

    @Test
    void aDeclinedPaymentHasNothingToRefund() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.declines(key);
        pay(key, body(orderId, 500, "tok_decline")).statusCode(422);
        String id = paymentOf(orderId).extract().path("[0].id");

        refund(id).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/conflict"));
        paymentOf(orderId).body("[0].status", equalTo("DECLINED"));
    }

    @Test
    void providerFailureOnRefundChangesNothing() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        String chargeId = provider.approves(key);
        provider.refundFails(chargeId);
        String id = pay(key, body(orderId, 800, "tok_approve")).statusCode(201).extract().path("id");

        refund(id).statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/dependency-unavailable"));

        paymentOf(orderId).body("[0].status", equalTo("CAPTURED"));
        fulfillmentsOf(orderId).body("[0].status", equalTo("REQUESTED"));
        assertThat(outboxTypes(entityManager, orderId)).doesNotContain("PaymentRefunded");
    }

    @Test
    void aPendingPaymentIsSettledByLookupBeforeItIsRefunded() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.failsWithServerError(key);
        provider.lookupFindsNothing(key);
        pay(key, body(orderId, 900, "tok_approve")).statusCode(503);
        String id = paymentOf(orderId).body("[0].status", equalTo("PENDING")).extract().path("[0].id");
        String chargeId = "ch_late-" + key;
        provider.lookupFinds(key, chargeId, "succeeded");
        provider.refundSucceeds(chargeId);

        refund(id).statusCode(200).body("status", equalTo("REFUNDED")).body("providerChargeId", equalTo(chargeId));

        fulfillmentsOf(orderId).body("[0].status", equalTo("CANCELLED"));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested", "PaymentRefunded");
    }

    private String refundedEventSaysTheShipmentWasCancelled(UUID orderId) {
        return (String) entityManager.createNativeQuery("SELECT payload -> 'data' ->> 'fulfillmentCancelled' "
                        + "FROM outbox WHERE aggregateid = ?1 AND type = 'PaymentRefunded'")
                .setParameter(1, orderId.toString()).getSingleResult();
    }
}
