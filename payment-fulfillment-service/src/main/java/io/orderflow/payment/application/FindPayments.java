package io.orderflow.payment.application;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Use case: read payments, each with the id of its shipment request. */
@ApplicationScoped
public class FindPayments {

    private final PaymentRepository payments;
    private final FulfillmentRepository fulfillments;

    public FindPayments(PaymentRepository payments, FulfillmentRepository fulfillments) {
        this.payments = payments;
        this.fulfillments = fulfillments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentView byId(PaymentId id) {
        return viewOf(payments.find(id).orElseThrow(() -> new PaymentNotFoundException(id)));
    }

    /** The order's payment: an empty list or a list of one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentView> byOrderId(UUID orderId) {
        return payments.findByOrderId(orderId).map(this::viewOf).stream().toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentView viewOf(Payment payment) {
        return new PaymentView(payment,
                fulfillments.findByPaymentId(payment.id()).map(Fulfillment::id).orElse(null));
    }
}
