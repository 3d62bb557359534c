package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.faults.FaultInjector;
import io.orderflow.payment.application.DuplicatePaymentException;
import io.orderflow.payment.application.PaymentRepository;
import io.orderflow.payment.domain.ChargeAttempts;
import io.orderflow.payment.domain.Money;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentDetails;
import io.orderflow.payment.domain.PaymentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payments in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Clock clock;
    private final FaultInjector faults;

    public JpaPaymentRepository(Clock clock, FaultInjector faults) {
        this.clock = clock;
        this.faults = faults;
    }

    @Override
    public void add(Payment payment, String requestFingerprint) {
        PaymentEntity entity = new PaymentEntity();
        entity.id = payment.id().value();
        entity.orderId = payment.details().orderId();
        entity.reservationId = payment.details().reservationId();
        entity.amountMinor = payment.details().amount().amountMinor();
        entity.currency = payment.details().amount().currency();
        entity.shippingAddress = payment.details().shippingAddress();
        entity.idempotencyKey = payment.idempotencyKey();
        entity.requestFingerprint = requestFingerprint;
        entity.createdAt = payment.createdAt();
        copyState(payment, entity);
        try {
            entity.persist();
            // Flush now so a concurrent duplicate fails on a unique key inside this call.
            PaymentEntity.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicatePaymentException(e);
            }
            throw e;
        }
        // The insert is written but not committed: the place where a database that stalls holds the payment back.
        faults.at("payment.start-before-commit");
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
        return PaymentEntity.<PaymentEntity>findByIdOptional(id.value()).map(JpaPaymentRepository::toDomain);
    }

    @Override
    public Optional<Payment> findForUpdate(PaymentId id) {
        return PaymentEntity.<PaymentEntity>findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(JpaPaymentRepository::toDomain);
    }

    @Override
    public Optional<Payment> findByOrderId(UUID orderId) {
        return PaymentEntity.<PaymentEntity>find("orderId", orderId).firstResultOptional()
                .map(JpaPaymentRepository::toDomain);
    }

    @Override
    public List<IdempotentRequest> findByIdempotencyKeyOrOrder(String idempotencyKey, UUID orderId) {
        return PaymentEntity.<PaymentEntity>list("idempotencyKey = ?1 or orderId = ?2", idempotencyKey, orderId)
                .stream().map(e -> new IdempotentRequest(toDomain(e), e.requestFingerprint)).toList();
    }

    @Override
    public void update(Payment payment) {
        PaymentEntity entity = PaymentEntity.<PaymentEntity>findByIdOptional(payment.id().value())
                .orElseThrow(() -> new IllegalStateException("payment " + payment.id() + " is not stored"));
        copyState(payment, entity);
    }

    private void copyState(Payment payment, PaymentEntity entity) {
        entity.status = payment.status();
        entity.providerChargeId = payment.providerChargeId();
        entity.declineReason = payment.declineReason();
        entity.voidReason = payment.voidReason();
        entity.failedChargeAttempts = payment.chargeAttempts().failed();
        entity.lastChargeAttemptAt = payment.chargeAttempts().lastStartedAt();
        entity.updatedAt = clock.instant();
    }

    static Payment toDomain(PaymentEntity e) {
        PaymentDetails details = new PaymentDetails(e.orderId, e.reservationId, new Money(e.amountMinor, e.currency),
                e.shippingAddress);
        return Payment.restore(new PaymentId(e.id), details, e.idempotencyKey, e.createdAt, e.status,
                new ChargeAttempts(e.failedChargeAttempts, e.lastChargeAttemptAt),
                new Payment.Outcome(e.providerChargeId, e.declineReason, e.voidReason));
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
