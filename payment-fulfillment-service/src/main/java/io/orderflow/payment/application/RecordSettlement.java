package io.orderflow.payment.application;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.payment.domain.FulfillmentRequested;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentCaptured;
import io.orderflow.payment.domain.PaymentDeclined;
import io.orderflow.payment.domain.PaymentId;
import io.orderflow.payment.domain.PaymentStatus;
import io.orderflow.rest.BoundedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Transaction 2 of a payment: the provider's outcome, with its consequences and events, in one commit;
 * a captured payment without its shipment request can never be at rest.
 */
@ApplicationScoped
public class RecordSettlement {

    private final PaymentRepository payments;
    private final FulfillmentRepository fulfillments;
    private final PaymentEvents events;
    private final FindPayments findPayments;
    private final Clock clock;

    public RecordSettlement(PaymentRepository payments, FulfillmentRepository fulfillments, PaymentEvents events,
                            FindPayments findPayments, Clock clock) {
        this.payments = payments;
        this.fulfillments = fulfillments;
        this.events = events;
        this.findPayments = findPayments;
        this.clock = clock;
    }

    @Transactional
    public Settlement captured(PaymentId id, String chargeId) {
        Payment payment = payments.findForUpdate(id).orElseThrow(() -> new PaymentNotFoundException(id));
        if (payment.status() != PaymentStatus.PENDING) {
            return alreadySettled(payment);
        }
        payment.capture(chargeId);
        payments.update(payment);
        Fulfillment fulfillment = Fulfillment.requestFor(payment, FulfillmentId.newId(), clock.instant());
        fulfillments.add(fulfillment);
        events.publish(PaymentCaptured.of(payment));
        events.publish(FulfillmentRequested.of(fulfillment));
        return new Settlement(new PaymentView(payment, fulfillment.id()), true);
    }

    @Transactional
    public Settlement declined(PaymentId id, String reason) {
        Payment payment = payments.findForUpdate(id).orElseThrow(() -> new PaymentNotFoundException(id));
        if (payment.status() != PaymentStatus.PENDING) {
            return alreadySettled(payment);
        }
        payment.decline(storable(reason));
        payments.update(payment);
        events.publish(PaymentDeclined.of(payment));
        return new Settlement(new PaymentView(payment, null), true);
    }

    /** Counts a charge attempt the provider gave no usable answer to; a settled payment is left alone. */
    @Transactional
    public void chargeFailed(PaymentId id) {
        Payment payment = payments.findForUpdate(id).orElseThrow(() -> new PaymentNotFoundException(id));
        if (payment.status() == PaymentStatus.PENDING) {
            payment.chargeFailed();
            payments.update(payment);
        }
    }

    /** The provider's text, cut to what is kept; text with nothing storable left still says who declined. */
    private static String storable(String reason) {
        String bounded = BoundedText.of(reason, Payment.MAX_REASON_LENGTH);
        return bounded == null || bounded.isBlank() ? "declined by the payment provider" : bounded;
    }

    /** A concurrent request with the same key settled it first; the provider gave both the same answer. */
    private Settlement alreadySettled(Payment payment) {
        return new Settlement(findPayments.viewOf(payment), false);
    }
}
