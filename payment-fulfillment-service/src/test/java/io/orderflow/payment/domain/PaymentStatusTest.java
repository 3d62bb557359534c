package io.orderflow.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentStatusTest {

    @Test
    void pendingSettlesOrIsVoidedAndOnlyACaptureCanBeRefunded() {
        assertThat(PaymentStatus.PENDING.next()).containsExactlyInAnyOrder(PaymentStatus.CAPTURED,
                PaymentStatus.DECLINED, PaymentStatus.VOIDED);
        assertThat(PaymentStatus.CAPTURED.next()).containsExactly(PaymentStatus.REFUNDED);
        assertThat(PaymentStatus.DECLINED.isTerminal()).isTrue();
        assertThat(PaymentStatus.REFUNDED.isTerminal()).isTrue();
        assertThat(PaymentStatus.VOIDED.isTerminal()).isTrue();
    }

    @Test
    void aVoidedPaymentKeepsItsReasonAndCanNeitherBeCapturedNorRefundedNorChargedAgain() {
        Payment payment = newPayment();
        payment.voidUncharged("the payment provider failed 3 times; nothing was charged");
        assertThat(payment.status()).isEqualTo(PaymentStatus.VOIDED);
        assertThat(payment.failureReason()).isEqualTo("the payment provider failed 3 times; nothing was charged");
        assertThat(payment.declineReason()).isNull();
        assertThatThrownBy(() -> payment.capture("ch_5")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(payment::refund).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> payment.attemptCharge(Instant.now()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> payment.voidUncharged("again")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onlyAPendingPaymentIsVoided() {
        Payment captured = newPayment();
        captured.capture("ch_6");
        assertThatThrownBy(() -> captured.voidUncharged("too late"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is CAPTURED and cannot become VOIDED");
        Payment declined = newPayment();
        declined.decline("card_declined");
        assertThatThrownBy(() -> declined.voidUncharged("too late")).isInstanceOf(IllegalTransitionException.class);
        assertThat(declined.failureReason()).isEqualTo("card_declined");
    }

    @Test
    void aPaymentCountsTheChargeAttemptsThatFailedAndRemembersWhenTheLastOneStarted() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Payment payment = Payment.start(PaymentId.newId(), newPayment().details(), "key-1", start);
        assertThat(payment.chargeAttempts()).isEqualTo(new ChargeAttempts(0, start));
        payment.chargeFailed();
        payment.attemptCharge(start.plusSeconds(10));
        assertThat(payment.chargeAttempts()).isEqualTo(new ChargeAttempts(1, start.plusSeconds(10)));
        payment.capture("ch_7");
        assertThatThrownBy(payment::chargeFailed).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aChargeAttemptMayLandUntilTheSettleTimeAfterItStartedHasPassed() {
        Instant last = Instant.parse("2026-01-01T00:00:00Z");
        ChargeAttempts attempts = new ChargeAttempts(2, last);
        Duration settleTime = Duration.ofSeconds(30);
        assertThat(attempts.mayStillLand(last.plusSeconds(29), settleTime)).isTrue();
        assertThat(attempts.untilSettled(last.plusSeconds(29), settleTime)).isEqualTo(Duration.ofSeconds(1));
        assertThat(attempts.mayStillLand(last.plusSeconds(30), settleTime)).isFalse();
        assertThat(attempts.untilSettled(last.plusSeconds(31), settleTime)).isZero();
        assertThatThrownBy(() -> new ChargeAttempts(-1, last)).isInstanceOf(IllegalArgumentException.class);
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
