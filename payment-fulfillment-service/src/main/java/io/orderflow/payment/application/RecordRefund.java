package io.orderflow.payment.application;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.payment.domain.FulfillmentStatus;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentId;
import io.orderflow.payment.domain.PaymentRefunded;
import io.orderflow.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Records a refund the provider confirmed: payment REFUNDED, shipment cancelled and the event, in one commit. */
@ApplicationScoped
public class RecordRefund {

    private final PaymentRepository payments;
    private final FulfillmentRepository fulfillments;
    private final PaymentEvents events;

    public RecordRefund(PaymentRepository payments, FulfillmentRepository fulfillments, PaymentEvents events) {
        this.payments = payments;
        this.fulfillments = fulfillments;
        this.events = events;
    }

    @Transactional
    public PaymentView refunded(PaymentId id) {
        Payment payment = payments.findForUpdate(id).orElseThrow(() -> new PaymentNotFoundException(id));
        Optional<Fulfillment> fulfillment = fulfillments.findByPaymentId(id);
        FulfillmentId fulfillmentId = fulfillment.map(Fulfillment::id).orElse(null);
        if (payment.status() == PaymentStatus.REFUNDED) {
            return new PaymentView(payment, fulfillmentId);
        }
        payment.refund();
        payments.update(payment);
        boolean cancelled = fulfillment.filter(f -> f.status() == FulfillmentStatus.REQUESTED).isPresent();
        if (cancelled) {
            fulfillment.get().cancel();
            fulfillments.update(fulfillment.get());
        }
        events.publish(PaymentRefunded.of(payment, cancelled));
        return new PaymentView(payment, fulfillmentId);
    }
}
