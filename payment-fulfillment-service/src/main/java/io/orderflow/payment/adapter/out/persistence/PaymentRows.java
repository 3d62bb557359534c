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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
            insert.setObject(1, p.id().value());
            insert.setObject(2, p.details().orderId());
            insert.setObject(3, p.details().reservationId());
            insert.setLong(4, p.details().amount().amountMinor());
            insert.setString(5, p.details().amount().currency());
            insert.setString(6, p.details().shippingAddress());
            insert.setString(7, p.idempotencyKey());
            insert.setString(8, requestFingerprint);
            setState(insert, 9, p);
            insert.setObject(15, utc(p.createdAt()));
            insert.setObject(16, utc(now));
            insert.executeUpdate();
        }
    }

    /** Payments matching {@code where} (one parameter), each with the fingerprint of the request that made it. */
    static List<IdempotentRequest> select(Connection connection, String where, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM payments WHERE "
                + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
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
            setState(update, 1, p);
            update.setObject(7, utc(now));
            update.setObject(8, p.id().value());
            return update.executeUpdate() == 1;
        }
    }

    /** The six columns a payment's life changes, from parameter {@code first} on. */
    private static void setState(PreparedStatement statement, int first, Payment p) throws SQLException {
        statement.setString(first, p.status().name());
        statement.setString(first + 1, p.providerChargeId());
        statement.setString(first + 2, p.declineReason());
        statement.setString(first + 3, p.voidReason());
        statement.setInt(first + 4, p.chargeAttempts().failed());
        statement.setObject(first + 5, utc(p.chargeAttempts().lastStartedAt()));
    }

    private static Payment payment(ResultSet rows) throws SQLException {
        PaymentDetails details = new PaymentDetails(rows.getObject("order_id", UUID.class),
                rows.getObject("reservation_id", UUID.class),
                new Money(rows.getLong("amount_minor"), rows.getString("currency")), rows.getString("shipping_address"));
        return Payment.restore(new PaymentId(rows.getObject("id", UUID.class)), details,
                rows.getString("idempotency_key"), instant(rows, "created_at"),
                PaymentStatus.valueOf(rows.getString("status")),
                new ChargeAttempts(rows.getInt("failed_charge_attempts"), instant(rows, "last_charge_attempt_at")),
                new Payment.Outcome(rows.getString("provider_charge_id"), rows.getString("decline_reason"),
                        rows.getString("void_reason")));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
