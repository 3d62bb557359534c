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

/** Gives up a cancelled order's PENDING payment that the provider has no charge for. */
@ApplicationScoped
public class VoidCancelledPayment {

    private final PaymentRepository payments;
    private final OrderLock orderLock;
    private final PaymentSettings settings;
    private final Clock clock;

    public VoidCancelledPayment(PaymentRepository payments, OrderLock orderLock, PaymentSettings settings,
                                Clock clock) {
        this.payments = payments;
        this.orderLock = orderLock;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The payment VOIDED, or as a concurrent request settled it. The caller looked the charge up at the
     * provider and found none; the order's fence stops new attempts, so only one already sent can still land.
     *
     * @throws ChargeMayStillLandException the last charge attempt is too recent to be sure
     */
    @Transactional
    public Payment voidUncharged(Payment pending) {
        UUID orderId = pending.details().orderId();
        orderLock.lockForTransaction(orderId);
        Payment payment = payments.findForUpdate(pending.id())
                .orElseThrow(() -> new PaymentNotFoundException(pending.id()));
        if (payment.status() != PaymentStatus.PENDING) {
            return payment;
        }
        Instant now = clock.instant();
        ChargeAttempts attempts = payment.chargeAttempts();
        if (attempts.mayStillLand(now, settings.voidPendingAfter())) {
            throw new ChargeMayStillLandException(orderId, attempts.untilSettled(now, settings.voidPendingAfter()),
                    "a charge for order " + orderId + " may still be in flight (payment " + payment.id()
                            + " is PENDING); retry the cancellation");
        }
        payment.voidUncharged(BoundedText.of("the order was cancelled and the payment provider has no charge for "
                + "it", Payment.MAX_REASON_LENGTH));
        payments.update(payment);
        return payment;
    }
}
