package io.orderflow.payment.application;

import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Use case: pay for an order once per idempotency key. Not one transaction: the payment is recorded,
 * the provider is called outside any transaction, then the outcome is recorded.
 */
@ApplicationScoped
public class MakePayment {

    private final StartPayment startPayment;
    private final SettlePayment settlePayment;
    private final FindPayments findPayments;

    public MakePayment(StartPayment startPayment, SettlePayment settlePayment, FindPayments findPayments) {
        this.startPayment = startPayment;
        this.settlePayment = settlePayment;
        this.findPayments = findPayments;
    }

    /**
     * @throws IdempotencyKeyReusedException   the key was used with another request body
     * @throws PaymentConflictException        the order was already paid with another key
     * @throws ProviderUnavailableException    the outcome is unknown; the payment stays PENDING
     */
    public Settlement pay(MakePaymentCommand command) {
        StartPayment.Started started = start(command);
        Payment payment = started.payment();
        if (payment.status() != PaymentStatus.PENDING) {
            return new Settlement(findPayments.viewOf(payment), false);
        }
        if (started.created()) {
            return settlePayment.byCharging(payment, command.paymentToken());
        }
        return settlePayment.byLookupThenCharging(payment, command.paymentToken());
    }

    private StartPayment.Started start(MakePaymentCommand command) {
        try {
            return startPayment.start(command);
        } catch (DuplicatePaymentException e) {
            // A concurrent duplicate committed first; in a new transaction its row is visible and decides.
            return startPayment.start(command);
        }
    }
}
