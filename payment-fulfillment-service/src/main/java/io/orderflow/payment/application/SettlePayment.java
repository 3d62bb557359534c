package io.orderflow.payment.application;

import io.orderflow.payment.application.PaymentProvider.Approved;
import io.orderflow.payment.application.PaymentProvider.ChargeResult;
import io.orderflow.payment.application.PaymentProvider.Declined;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentStatus;
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
            recordSettlement.chargeFailed(payment.id());
            result = lookUp(payment).orElseThrow(() -> stillPending(payment));
        }
        return record(payment, result);
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
            Settlement settlement = recordSettlement.captured(payment.id(), approved.chargeId());
            warnIfVoided(settlement, approved.chargeId());
            return settlement;
        }
        return recordSettlement.declined(payment.id(), ((Declined) result).reason());
    }

    /**
     * A payment is voided only once no charge attempt can still land, so this means the provider charged
     * far later than its timeouts allow: the charge is on record nowhere else here.
     */
    private static void warnIfVoided(Settlement settlement, String chargeId) {
        Payment payment = settlement.view().payment();
        if (payment.status() == PaymentStatus.VOIDED) {
            LOG.errorf("the payment provider charged %s for payment %s of order %s, which was voided; "
                    + "the charge must be refunded by hand", chargeId, payment.id(), payment.details().orderId());
        }
    }

    private static ProviderUnavailableException stillPending(Payment payment) {
        return new ProviderUnavailableException("the payment provider did not confirm the charge for order "
                + payment.details().orderId() + "; payment " + payment.id() + " stays PENDING and a retry with the "
                + "same Idempotency-Key settles it without charging twice");
    }
}
