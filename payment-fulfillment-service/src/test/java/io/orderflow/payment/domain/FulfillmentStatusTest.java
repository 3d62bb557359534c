package io.orderflow.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FulfillmentStatusTest {

    @Test
    void aRequestedShipmentIsEitherDispatchedOrCancelledAndBothAreFinal() {
        assertThat(FulfillmentStatus.REQUESTED.next()).containsExactlyInAnyOrder(FulfillmentStatus.DISPATCHED,
                FulfillmentStatus.CANCELLED);
        assertThat(FulfillmentStatus.DISPATCHED.next()).isEmpty();
        assertThat(FulfillmentStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void aDispatchedShipmentCanNeitherBeCancelledNorDispatchedAgain() {
        Fulfillment fulfillment = newFulfillment();
        fulfillment.dispatch();
        assertThat(fulfillment.status()).isEqualTo(FulfillmentStatus.DISPATCHED);
        assertThatThrownBy(fulfillment::cancel)
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is DISPATCHED and cannot become CANCELLED");
        assertThatThrownBy(fulfillment::dispatch).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aCancelledShipmentIsNeverDispatched() {
        Fulfillment fulfillment = newFulfillment();
        fulfillment.cancel();
        assertThatThrownBy(fulfillment::dispatch)
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is CANCELLED and cannot become DISPATCHED");
    }

    @Test
    void theDispatchEventNamesTheShipmentItsOrderAndItsPayment() {
        Fulfillment fulfillment = newFulfillment();
        fulfillment.dispatch();
        FulfillmentDispatched event = FulfillmentDispatched.of(fulfillment);
        assertThat(event.fulfillmentId()).isEqualTo(fulfillment.id().toString());
        assertThat(event.orderId()).isEqualTo(fulfillment.orderId().toString());
        assertThat(event.paymentId()).isEqualTo(fulfillment.paymentId().toString());
    }

    private static Fulfillment newFulfillment() {
        PaymentDetails details = new PaymentDetails(UUID.randomUUID(), UUID.randomUUID(), new Money(4200, "EUR"),
                "1 Main St");
        Payment payment = Payment.start(PaymentId.newId(), details, UUID.randomUUID().toString(), Instant.now());
        payment.capture("ch_1");
        return Fulfillment.requestFor(payment, FulfillmentId.newId(), Instant.now());
    }
}
