package io.orderflow.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentStatusTest {

    @Test
    void pendingSettlesEitherWayAndOnlyACaptureCanBeRefunded() {
        assertThat(PaymentStatus.PENDING.next()).containsExactlyInAnyOrder(PaymentStatus.CAPTURED,
                PaymentStatus.DECLINED);
        assertThat(PaymentStatus.CAPTURED.next()).containsExactly(PaymentStatus.REFUNDED);
        assertThat(PaymentStatus.DECLINED.isTerminal()).isTrue();
        assertThat(PaymentStatus.REFUNDED.isTerminal()).isTrue();
    }

    @Test
    void captureRecordsTheChargeAndARefundFollowsIt() {
        Payment payment = newPayment();
        payment.capture("ch_1");
        payment.refund();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.providerChargeId()).isEqualTo("ch_1");
        assertThat(payment.refundIdempotencyKey()).isEqualTo("refund-" + payment.id());
    }

    @Test
    void aDeclinedPaymentKeepsItsReasonAndCannotBeRefundedOrCaptured() {
        Payment payment = newPayment();
        payment.decline("card_declined");
        assertThat(payment.declineReason()).isEqualTo("card_declined");
        assertThatThrownBy(payment::refund)
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is DECLINED and cannot become REFUNDED");
        assertThatThrownBy(() -> payment.capture("ch_2")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aPendingPaymentCannotBeRefundedNorCapturedTwice() {
        Payment payment = newPayment();
        assertThatThrownBy(payment::refund).isInstanceOf(IllegalTransitionException.class);
        payment.capture("ch_3");
        assertThatThrownBy(() -> payment.capture("ch_3")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onlyACapturedPaymentGetsAShipmentRequestWhichCanBeCancelledOnce() {
        Payment payment = newPayment();
        assertThatThrownBy(() -> Fulfillment.requestFor(payment, FulfillmentId.newId(), Instant.now()))
                .isInstanceOf(IllegalStateException.class);
        payment.capture("ch_4");
        Fulfillment fulfillment = Fulfillment.requestFor(payment, FulfillmentId.newId(), Instant.now());
        assertThat(fulfillment.status()).isEqualTo(FulfillmentStatus.REQUESTED);
        assertThat(fulfillment.shippingAddress()).isEqualTo("1 Main St");
        fulfillment.cancel();
        assertThat(fulfillment.status()).isEqualTo(FulfillmentStatus.CANCELLED);
        assertThatThrownBy(fulfillment::cancel).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void moneyIsNonNegativeMinorUnitsOfAnIsoCurrency() {
        assertThat(new Money(0, "EUR").amountMinor()).isZero();
        assertThatThrownBy(() -> new Money(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(100, "eur")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Payment newPayment() {
        PaymentDetails details = new PaymentDetails(UUID.randomUUID(), UUID.randomUUID(), new Money(4200, "EUR"),
                "1 Main St");
        return Payment.start(PaymentId.newId(), details, UUID.randomUUID().toString(), Instant.now());
    }
}
