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
    private final PaymentProvider provider;
    private final RecordRefund recordRefund;

    public RefundPayment(FindPayments findPayments, SettlePayment settlePayment, PaymentProvider provider,
                         RecordRefund recordRefund) {
        this.findPayments = findPayments;
        this.settlePayment = settlePayment;
        this.provider = provider;
        this.recordRefund = recordRefund;
    }

    /**
     * @throws PaymentNotFoundException     no such payment
     * @throws PaymentConflictException     the payment was declined: nothing to refund
     * @throws ProviderUnavailableException the provider did not confirm; nothing changed here
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
            case DECLINED -> throw PaymentConflictException.nothingToRefund(payment);
            case CAPTURED -> {
                provider.refund(payment.providerChargeId(), payment.refundIdempotencyKey());
                yield recordRefund.refunded(id);
            }
            case PENDING -> throw new IllegalStateException("payment " + id + " was settled but is still PENDING");
        };
    }
}
