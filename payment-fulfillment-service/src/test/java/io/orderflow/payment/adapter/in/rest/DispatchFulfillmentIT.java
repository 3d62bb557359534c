package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.cancel;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.dispatch;
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

/** POST /fulfillments/{id}/dispatch: once the goods left, the order is neither cancelled nor refunded. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class DispatchFulfillmentIT {

    private static final String SHIPMENT_DISPATCHED = "https://orderflow.io/problems/shipment-dispatched";

    ProviderStub provider;

    @Inject
    EntityManager entityManager;

    @Test
    void aDispatchIsRecordedOnceWithItsEventAndRepeatingItAnswersTheSame() {
        UUID orderId = UUID.randomUUID();
        paidOrder(orderId);
        String fulfillmentId = fulfillmentOf(orderId);

        for (int call = 0; call < 2; call++) {
            dispatch(fulfillmentId).statusCode(200)
                    .body("id", equalTo(fulfillmentId))
                    .body("orderId", equalTo(orderId.toString()))
                    .body("status", equalTo("DISPATCHED"));
        }

        fulfillmentsOf(orderId).body("[0].status", equalTo("DISPATCHED"));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested", "FulfillmentDispatched");
    }

    @Test
    void cancellingAfterDispatchIsRefusedAndThePaymentStaysCaptured() {
        UUID orderId = UUID.randomUUID();
        PaidOrder paid = paidOrder(orderId);
        provider.refundSucceeds(paid.chargeId());
        dispatch(fulfillmentOf(orderId)).statusCode(200);

        cancel(orderId).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(SHIPMENT_DISPATCHED))
                .body("orderId", equalTo(orderId.toString()));
        refund(paid.paymentId()).statusCode(409).body("type", equalTo(SHIPMENT_DISPATCHED));

        paymentOf(orderId).body("[0].status", equalTo("CAPTURED"));
        fulfillmentsOf(orderId).body("[0].status", equalTo("DISPATCHED"));
        provider.verifyRefundRequests(0, paid.chargeId(), "refund-" + paid.paymentId());
        pay(paid.key(), body(orderId, 5000, "tok_approve")).statusCode(200).body("status", equalTo("CAPTURED"));
    }

    @Test
    void aShipmentOfACancelledOrderIsNeverDispatched() {
        UUID orderId = UUID.randomUUID();
        provider.refundSucceeds(paidOrder(orderId).chargeId());
        String fulfillmentId = fulfillmentOf(orderId);
        cancel(orderId).statusCode(200).body("outcome", equalTo("REFUNDED"));

        dispatch(fulfillmentId).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/order-cancelled"))
                .body("orderId", equalTo(orderId.toString()));

        fulfillmentsOf(orderId).body("[0].status", equalTo("CANCELLED"));
        assertThat(outboxTypes(entityManager, orderId)).doesNotContain("FulfillmentDispatched");
    }

    @Test
    void anUnknownShipmentIsNotFound() {
        dispatch(UUID.randomUUID().toString()).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/not-found"));
    }

    private PaidOrder paidOrder(UUID orderId) {
        String key = UUID.randomUUID().toString();
        String chargeId = provider.approves(key);
        String paymentId = pay(key, body(orderId, 5000, "tok_approve")).statusCode(201).extract().path("id");
        return new PaidOrder(key, paymentId, chargeId);
    }

    private static String fulfillmentOf(UUID orderId) {
        return fulfillmentsOf(orderId).extract().path("[0].id");
    }

    /** The payment of an order that was paid for. */
    private record PaidOrder(String key, String paymentId, String chargeId) {
    }
}
