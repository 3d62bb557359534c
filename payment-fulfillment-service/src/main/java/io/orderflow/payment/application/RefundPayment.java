package io.orderflow.payment.application;

import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentId;
import io.orderflow.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;

/** Use case: pay a captured payment back and cancel its shipment request; repeating it changes nothing. */
@ApplicationScoped
public class RefundPayment {

    private final FindPayments findPayments;
    private final SettlePayment settlePayment;
    private final OrderFence orderFence;
    private final PaymentProvider provider;
    private final RecordRefund recordRefund;

    public RefundPayment(FindPayments findPayments, SettlePayment settlePayment, OrderFence orderFence,
                         PaymentProvider provider, RecordRefund recordRefund) {
        this.findPayments = findPayments;
        this.settlePayment = settlePayment;
        this.orderFence = orderFence;
        this.provider = provider;
        this.recordRefund = recordRefund;
    }

    /**
     * @throws PaymentNotFoundException     no such payment
     * @throws PaymentConflictException     the payment was declined or voided: nothing to refund
     * @throws ShipmentDispatchedException  the shipment has left: the payment is not refunded
     * @throws ProviderUnavailableException the provider did not confirm; the payment is unchanged
     */
    public PaymentView refund(PaymentId id) {
        PaymentView view = findPayments.byId(id);
        if (view.payment().status() == PaymentStatus.PENDING) {
            view = settlePayment.byLookup(view.payment()).map(Settlement::view)
                    .orElseThrow(() -> new ProviderUnavailableException("payment " + id + " is still PENDING: the "
                            + "provider has no charge for it yet; retry the refund once the payment is settled"));
        }
        Payment payment = view.payment();
        return switch (payment.status()) {
            case REFUNDED -> view;
            case DECLINED, VOIDED -> throw PaymentConflictException.nothingToRefund(payment);
            case CAPTURED -> refundCaptured(payment);
            case PENDING -> throw new IllegalStateException("payment " + id + " was settled but is still PENDING");
        };
    }

    /**
     * Refunds a captured payment. The order's fence goes up first, so its shipment can no longer leave
     * while the money goes back; a failed provider call leaves the fence, and a retry finishes the refund.
     *
     * @throws ShipmentDispatchedException  the shipment has left: nothing is refunded
     * @throws ProviderUnavailableException the provider did not confirm the refund
     */
    PaymentView refundCaptured(Payment payment) {
        orderFence.raise(payment.details().orderId());
        provider.refund(payment.providerChargeId(), payment.refundIdempotencyKey());
        return recordRefund.refunded(payment.id());
    }
}
