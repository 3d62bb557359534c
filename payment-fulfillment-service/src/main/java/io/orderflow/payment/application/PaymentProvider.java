package io.orderflow.payment.application;

import io.orderflow.payment.domain.Money;
import java.util.Optional;

/** Port: the external payment provider, which makes at most one charge per idempotency key. */
public interface PaymentProvider {

    /**
     * Charges the card token once for this key; calling again with the same key returns the same charge.
     *
     * @throws ChargeInDoubtException when the provider's answer is unknown (timeout, dropped connection,
     *                                provider error): the charge may or may not exist
     */
    ChargeResult charge(String idempotencyKey, Money amount, String paymentToken);

    /**
     * The charge made with this key, if any.
     *
     * @throws ProviderUnavailableException when the provider cannot say
     */
    Optional<ChargeLookup> findCharge(String idempotencyKey);

    /**
     * Refunds the whole charge; repeating it is a no-op at the provider.
     *
     * @throws ProviderUnavailableException when the refund was not confirmed
     */
    void refund(String chargeId, String idempotencyKey);

    /** What the provider answered to a charge. */
    sealed interface ChargeResult permits Approved, Declined {
    }

    /** The card was charged. */
    record Approved(String chargeId) implements ChargeResult {
    }

    /** The card was not charged, for this reason. */
    record Declined(String reason) implements ChargeResult {
    }

    /** A charge the provider has on record: succeeded, or failed (declined). */
    record ChargeLookup(String chargeId, boolean succeeded) {
    }
}
