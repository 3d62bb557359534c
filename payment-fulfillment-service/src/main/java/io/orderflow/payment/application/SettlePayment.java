package io.orderflow.payment.application;

import io.orderflow.payment.application.PaymentProvider.Approved;
import io.orderflow.payment.application.PaymentProvider.ChargeResult;
import io.orderflow.payment.application.PaymentProvider.Declined;
import io.orderflow.payment.domain.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Step 2 of a payment: learn the outcome from the provider and record it. Charges are never retried
 * blindly; when a charge's outcome is in doubt the provider is asked what it did under the payment's key.
 */
@ApplicationScoped
public class SettlePayment {

    private static final Logger LOG = Logger.getLogger(SettlePayment.class);

    private final PaymentProvider provider;
    private final RecordSettlement recordSettlement;

    public SettlePayment(PaymentProvider provider, RecordSettlement recordSettlement) {
        this.provider = provider;
        this.recordSettlement = recordSettlement;
    }

    /** Charges with the payment's own key; an answer in doubt is settled by looking the charge up. */
    public Settlement byCharging(Payment payment, String paymentToken) {
        ChargeResult result;
        try {
            result = provider.charge(payment.idempotencyKey(), payment.details().amount(), paymentToken);
        } catch (ChargeInDoubtException e) {
            LOG.warnf("charge for payment %s of order %s is in doubt (%s); looking it up", payment.id(),
                    payment.details().orderId(), e.getMessage());
            result = lookUp(payment).orElseThrow(() -> stillPending(payment));
        }
        return record(payment, result);
    }

    /** For a payment an earlier attempt left PENDING: the provider's record if it has one, else charge (same key). */
    public Settlement byLookupThenCharging(Payment payment, String paymentToken) {
        Optional<ChargeResult> known = lookUp(payment);
        return known.isPresent() ? record(payment, known.get()) : byCharging(payment, paymentToken);
    }

    /** Settles from the provider's record only; empty when the provider has no charge for this payment. */
    public Optional<Settlement> byLookup(Payment payment) {
        return lookUp(payment).map(result -> record(payment, result));
    }

    private Optional<ChargeResult> lookUp(Payment payment) {
        return provider.findCharge(payment.idempotencyKey()).map(charge -> charge.succeeded()
                ? new Approved(charge.chargeId())
                : new Declined("the payment provider recorded charge " + charge.chargeId() + " as failed"));
    }

    private Settlement record(Payment payment, ChargeResult result) {
        if (result instanceof Approved approved) {
            return recordSettlement.captured(payment.id(), approved.chargeId());
        }
        return recordSettlement.declined(payment.id(), ((Declined) result).reason());
    }

    private static ProviderUnavailableException stillPending(Payment payment) {
        return new ProviderUnavailableException("the payment provider did not confirm the charge for order "
                + payment.details().orderId() + "; payment " + payment.id() + " stays PENDING and a retry with the "
                + "same Idempotency-Key settles it without charging twice");
    }
}
