package io.orderflow.payment.application;

import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the order is cancelled, so hold nothing for it and never charge it later. Fences the order
 * first, then brings its payment to an end that takes no money; repeating it gives the same answer.
 */
@ApplicationScoped
public class CancelOrderPayment {

    private final OrderFence orderFence;
    private final SettlePayment settlePayment;
    private final VoidCancelledPayment voidCancelledPayment;
    private final RefundPayment refundPayment;

    public CancelOrderPayment(OrderFence orderFence, SettlePayment settlePayment,
                              VoidCancelledPayment voidCancelledPayment, RefundPayment refundPayment) {
        this.orderFence = orderFence;
        this.settlePayment = settlePayment;
        this.voidCancelledPayment = voidCancelledPayment;
        this.refundPayment = refundPayment;
    }

    /**
     * @throws ShipmentDispatchedException  the shipment has left; the order is not cancelled here
     * @throws ChargeMayStillLandException  a charge may still be in flight; the fence stays, retry
     * @throws ProviderUnavailableException the provider could not be asked or did not refund; retry
     */
    public OrderCancellation cancel(UUID orderId) {
        Optional<Payment> payment = orderFence.raise(orderId);
        if (payment.isEmpty()) {
            return new OrderCancellation(orderId, CancellationOutcome.NOTHING_CHARGED, null);
        }
        Payment ended = takeNothing(settle(payment.get()));
        return new OrderCancellation(orderId, CancellationOutcome.of(ended.status()), ended.id());
    }

    private Payment settle(Payment payment) {
        if (payment.status() != PaymentStatus.PENDING) {
            return payment;
        }
        return settlePayment.byLookup(payment).map(settlement -> settlement.view().payment())
                .orElseGet(() -> voidCancelledPayment.voidUncharged(payment));
    }

    private Payment takeNothing(Payment settled) {
        return settled.status() == PaymentStatus.CAPTURED ? refundPayment.refundCaptured(settled).payment() : settled;
    }
}
