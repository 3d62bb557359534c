package io.orderflow.payment.application;

import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where payments are kept. */
public interface PaymentRepository {

    /**
     * Stores a new payment and flushes it at once.
     *
     * @throws DuplicatePaymentException when another payment already has its order or idempotency key
     */
    void add(Payment payment, String requestFingerprint);

    Optional<Payment> find(PaymentId id);

    /** Reads the payment and locks it until the transaction ends, so concurrent settlements take turns. */
    Optional<Payment> findForUpdate(PaymentId id);

    Optional<Payment> findByOrderId(UUID orderId);

    /**
     * The payments that already claim this idempotency key or this order (at most two), read in one
     * statement so a concurrent duplicate is seen either by its key or not at all.
     */
    List<IdempotentRequest> findByIdempotencyKeyOrOrder(String idempotencyKey, UUID orderId);

    /** Writes back the payment's status, charge id, decline or void reason and charge attempts. */
    void update(Payment payment);

    /** The payment an idempotency key created, with the fingerprint of the request that created it. */
    record IdempotentRequest(Payment payment, String requestFingerprint) {
    }
}
