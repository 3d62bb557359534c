package io.orderflow.payment.application;

import io.orderflow.payment.config.PaymentSettings;
import io.orderflow.payment.domain.ChargeAttempts;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentStatus;
import io.orderflow.rest.BoundedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The transaction before a PENDING payment the provider has no charge for is charged again: it notes
 * the attempt, or, once the provider failed often enough, gives the payment up so that it ends.
 */
@ApplicationScoped
public class BeginChargeRetry {

    private final PaymentRepository payments;
    private final OrderLock orderLock;
    private final CancelledOrders cancelledOrders;
    private final PaymentSettings settings;
    private final Clock clock;

    public BeginChargeRetry(PaymentRepository payments, OrderLock orderLock, CancelledOrders cancelledOrders,
                            PaymentSettings settings, Clock clock) {
        this.payments = payments;
        this.orderLock = orderLock;
        this.cancelledOrders = cancelledOrders;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The payment to charge now (PENDING, its attempt noted), or one that must not be charged: VOIDED
     * by this call, or settled by a concurrent request.
     *
     * @throws OrderCancelledException      the order was cancelled meanwhile
     * @throws ChargeMayStillLandException  attempts are used up but the last one may still land
     */
    @Transactional
    public Payment begin(Payment pending) {
        UUID orderId = pending.details().orderId();
        orderLock.lockForTransaction(orderId);
        if (cancelledOrders.contains(orderId)) {
            throw OrderCancelledException.noPayment(orderId);
        }
        Payment payment = payments.findForUpdate(pending.id())
                .orElseThrow(() -> new PaymentNotFoundException(pending.id()));
        if (payment.status() != PaymentStatus.PENDING) {
            return payment;
        }
        Instant now = clock.instant();
        ChargeAttempts attempts = payment.chargeAttempts();
        if (attempts.failed() < settings.maxChargeAttempts()) {
            payment.attemptCharge(now);
        } else if (attempts.mayStillLand(now, settings.voidPendingAfter())) {
            throw new ChargeMayStillLandException(orderId, attempts.untilSettled(now, settings.voidPendingAfter()),
                    "the payment provider failed " + attempts.failed() + " times to charge for order " + orderId
                            + "; payment " + payment.id() + " is not charged again and is voided once its last "
                            + "attempt can no longer turn into a charge; retry later with the same Idempotency-Key");
        } else {
            payment.voidUncharged(BoundedText.of("the payment provider failed " + attempts.failed()
                    + " times; nothing was charged", Payment.MAX_REASON_LENGTH));
        }
        payments.update(payment);
        return payment;
    }
}
