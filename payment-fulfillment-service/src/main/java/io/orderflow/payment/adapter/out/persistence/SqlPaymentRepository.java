package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.faults.FaultInjector;
import io.orderflow.outbox.TransactionSql;
import io.orderflow.payment.application.DuplicatePaymentException;
import io.orderflow.payment.application.PaymentRepository;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payments in PostgreSQL, in plain SQL ({@link PaymentRows}) on the connection of the caller's transaction. */
@ApplicationScoped
public class SqlPaymentRepository implements PaymentRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    private final TransactionSql sql;
    private final Clock clock;
    private final FaultInjector faults;

    public SqlPaymentRepository(TransactionSql sql, Clock clock, FaultInjector faults) {
        this.sql = sql;
        this.clock = clock;
        this.faults = faults;
    }

    @Override
    public void add(Payment payment, String requestFingerprint) {
        try {
            sql.run(connection -> {
                PaymentRows.insert(connection, payment, requestFingerprint, clock.instant());
                return null;
            });
        } catch (RuntimeException e) {
            // A concurrent duplicate fails here, on a unique key, inside this call.
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
        return first("id = ?", id.value());
    }

    @Override
    public Optional<Payment> findForUpdate(PaymentId id) {
        return first("id = ? FOR NO KEY UPDATE", id.value());
    }

    @Override
    public Optional<Payment> findByOrderId(UUID orderId) {
        return first("order_id = ?", orderId);
    }

    @Override
    public List<IdempotentRequest> findByIdempotencyKeyOrOrder(String idempotencyKey, UUID orderId) {
        return sql.run(connection -> PaymentRows.select(connection, "idempotency_key = ? OR order_id = ?",
                idempotencyKey, orderId));
    }

    @Override
    public void update(Payment payment) {
        if (!sql.run(connection -> PaymentRows.update(connection, payment, clock.instant()))) {
            throw new IllegalStateException("payment " + payment.id() + " is not stored");
        }
    }

    private Optional<Payment> first(String where, Object parameter) {
        return sql.run(connection -> PaymentRows.select(connection, where, parameter)).stream().findFirst()
                .map(IdempotentRequest::payment);
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
