package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.outbox.TransactionSql;
import io.orderflow.payment.application.PaymentRepository.IdempotentRequest;
import io.orderflow.payment.domain.ChargeAttempts;
import io.orderflow.payment.domain.Money;
import io.orderflow.payment.domain.Payment;
import io.orderflow.payment.domain.PaymentDetails;
import io.orderflow.payment.domain.PaymentId;
import io.orderflow.payment.domain.PaymentStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A payment's row in plain SQL, on the connection of the caller's transaction (see {@link TransactionSql}). */
final class PaymentRows {

    private static final String COLUMNS = "id, order_id, reservation_id, amount_minor, currency, shipping_address, "
            + "idempotency_key, request_fingerprint, status, provider_charge_id, decline_reason, void_reason, "
            + "failed_charge_attempts, last_charge_attempt_at, created_at";

    private PaymentRows() {
    }

    static void insert(Connection connection, Payment p, String requestFingerprint, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payments (" + COLUMNS
                + ", updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            TransactionSql.bind(insert, p.id().value(), p.details().orderId(), p.details().reservationId(),
                    p.details().amount().amountMinor(), p.details().amount().currency(), p.details().shippingAddress(),
                    p.idempotencyKey(), requestFingerprint, p.status().name(), p.providerChargeId(), p.declineReason(),
                    p.voidReason(), p.chargeAttempts().failed(), p.chargeAttempts().lastStartedAt(), p.createdAt(),
                    now);
            insert.executeUpdate();
        }
    }

    /** Payments matching {@code where} (one parameter), each with the fingerprint of the request that made it. */
    static List<IdempotentRequest> select(Connection connection, String where, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM payments WHERE "
                + where)) {
            TransactionSql.bind(select, parameters);
            List<IdempotentRequest> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new IdempotentRequest(payment(rows), rows.getString("request_fingerprint")));
                }
            }
            return found;
        }
    }

    /** Returns false when no such payment is stored. */
    static boolean update(Connection connection, Payment p, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE payments SET status = ?, "
                + "provider_charge_id = ?, decline_reason = ?, void_reason = ?, failed_charge_attempts = ?, "
                + "last_charge_attempt_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            TransactionSql.bind(update, p.status().name(), p.providerChargeId(), p.declineReason(), p.voidReason(),
                    p.chargeAttempts().failed(), p.chargeAttempts().lastStartedAt(), now, p.id().value());
            return update.executeUpdate() == 1;
        }
    }

    private static Payment payment(ResultSet rows) throws SQLException {
        PaymentDetails details = new PaymentDetails(rows.getObject("order_id", UUID.class),
                rows.getObject("reservation_id", UUID.class),
                new Money(rows.getLong("amount_minor"), rows.getString("currency")),
                rows.getString("shipping_address"));
        return Payment.restore(new PaymentId(rows.getObject("id", UUID.class)), details,
                rows.getString("idempotency_key"), TransactionSql.instant(rows, "created_at"),
                PaymentStatus.valueOf(rows.getString("status")),
                new ChargeAttempts(rows.getInt("failed_charge_attempts"),
                        TransactionSql.instant(rows, "last_charge_attempt_at")),
                new Payment.Outcome(rows.getString("provider_charge_id"), rows.getString("decline_reason"),
                        rows.getString("void_reason")));
    }
}
