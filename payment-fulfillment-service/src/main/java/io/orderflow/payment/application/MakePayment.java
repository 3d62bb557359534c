package io.orderflow.payment.application;

import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Use case: pay for an order once per idempotency key. Not one transaction: the payment is recorded,
 * the provider is called outside any transaction, then the outcome is recorded.
 */
@ApplicationScoped
public class MakePayment {

    private static final Logger LOG = Logger.getLogger(MakePayment.class);

    private final StartPayment startPayment;
    private final SettlePayment settlePayment;
    private final BeginChargeRetry beginChargeRetry;
    private final OrderFence orderFence;
    private final RefundPayment refundPayment;
    private final FindPayments findPayments;

    public MakePayment(StartPayment startPayment, SettlePayment settlePayment, BeginChargeRetry beginChargeRetry,
                       OrderFence orderFence, RefundPayment refundPayment, FindPayments findPayments) {
        this.startPayment = startPayment;
        this.settlePayment = settlePayment;
        this.beginChargeRetry = beginChargeRetry;
        this.orderFence = orderFence;
        this.refundPayment = refundPayment;
        this.findPayments = findPayments;
    }

    /**
     * @throws IdempotencyKeyReusedException  the key was used with another request body
     * @throws PaymentConflictException       the order was already paid with another key
     * @throws OrderCancelledException        the order was cancelled; a charge that landed meanwhile is refunded
     * @throws ProviderUnavailableException   the outcome is unknown; the payment stays PENDING
     * @throws ChargeMayStillLandException    the provider failed too often; the payment is voided later
     */
    public Settlement pay(MakePaymentCommand command) {
        StartPayment.Started started = start(command);
        Payment payment = started.payment();
        if (payment.status() != PaymentStatus.PENDING) {
            return new Settlement(findPayments.viewOf(payment), false);
        }
        Settlement settlement = started.created()
                ? settlePayment.byCharging(payment, command.paymentToken())
                : settleLeftPending(payment, command.paymentToken());
        return refusedIfCancelledMeanwhile(settlement);
    }

    private StartPayment.Started start(MakePaymentCommand command) {
        try {
            return startPayment.start(command);
        } catch (DuplicatePaymentException e) {
            // A concurrent duplicate committed first; in a new transaction its row is visible and decides.
            return startPayment.start(command);
        }
    }

    /** An earlier attempt left the payment PENDING: the provider's record if it has one, else charge again. */
    private Settlement settleLeftPending(Payment payment, String paymentToken) {
        Optional<Settlement> known = settlePayment.byLookup(payment);
        if (known.isPresent()) {
            return known.get();
        }
        Payment next = beginChargeRetry.begin(payment);
        if (next.status() == PaymentStatus.PENDING) {
            return settlePayment.byCharging(next, paymentToken);
        }
        return new Settlement(findPayments.viewOf(next), false);
    }

    /** The order was cancelled while the provider was charging: what it took goes back at once. */
    private Settlement refusedIfCancelledMeanwhile(Settlement settlement) {
        Payment payment = settlement.view().payment();
        UUID orderId = payment.details().orderId();
        if (!orderFence.isRaised(orderId)) {
            return settlement;
        }
        if (payment.status() != PaymentStatus.CAPTURED) {
            throw OrderCancelledException.noPayment(orderId);
        }
        throw OrderCancelledException.cancelledWhileCharging(orderId, refundLateCharge(payment));
    }

    /** Best effort: when this refund fails, the caller's next cancellation request refunds the charge. */
    private boolean refundLateCharge(Payment payment) {
        try {
            refundPayment.refundCaptured(payment);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("payment %s of cancelled order %s was captured and not refunded yet: %s", payment.id(),
                    payment.details().orderId(), e.toString());
            return false;
        }
    }
}
