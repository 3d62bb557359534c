package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.domain.Money;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Quantity;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import io.orderflow.inventory.domain.ReservationLine;
import io.orderflow.inventory.domain.ReservationStatus;
import io.orderflow.inventory.domain.Sku;
import io.orderflow.outbox.TransactionSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A reservation's rows in plain SQL, on the connection of the caller's transaction: the reservation and its lines
 * are read in one statement (locked when asked), written with the columns that change. No managed entity, so
 * Hibernate has nothing to dirty-check before the stock updates that follow or at commit.
 */
final class ReservationRows {

    enum Key {
        ID("r.id"), ORDER("r.order_id");

        private final String column;

        Key(String column) {
            this.column = column;
        }
    }

    private static final String SELECT = """
            SELECT r.id, r.order_id, r.status, r.currency, r.expires_at, r.created_at,
                   l.sku, l.quantity, l.unit_price_minor
            FROM reservations r JOIN reservation_lines l ON l.reservation_id = r.id
            WHERE %s
            ORDER BY r.id, l.sku""";

    private ReservationRows() {
    }

    static Optional<Reservation> read(Connection connection, Key key, UUID value, boolean lock) throws SQLException {
        String sql = SELECT.formatted(key.column + " = ?") + (lock ? " FOR UPDATE OF r" : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, value);
            return reservations(select).stream().findFirst();
        }
    }

    /** Locks up to {@code limit} HELD reservations overdue at {@code now}, skipping those others have locked. */
    static List<Reservation> lockOverdue(Connection connection, Instant now, int limit) throws SQLException {
        String sql = SELECT.formatted("""
                r.id IN (SELECT id FROM reservations WHERE status = 'HELD' AND expires_at < ?
                         ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)""");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            TransactionSql.bind(select, now, limit);
            return reservations(select);
        }
    }

    /** False when the order has a reservation already (a concurrent insert of the same order is waited for). */
    static boolean insertIfOrderHasNone(Connection connection, Reservation r) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reservations (id, order_id, status, lines_fingerprint, total_minor, currency, expires_at,
                                          created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING""")) {
            TransactionSql.bind(insert, r.id().value(), r.orderId().value(), r.status().name(), r.linesFingerprint(),
                    r.total().amountMinor(), r.total().currency(), r.expiresAt(), r.createdAt(), r.createdAt());
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reservation_lines (reservation_id, sku, quantity, unit_price_minor) "
                        + "VALUES (?, ?, ?, ?)")) {
            for (ReservationLine line : r.lines()) {
                insert.setObject(1, r.id().value());
                insert.setString(2, line.sku().value());
                insert.setInt(3, line.quantity().value());
                insert.setLong(4, line.unitPrice().amountMinor());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return true;
    }

    static void updateStatus(Connection connection, Reservation r, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE reservations SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            TransactionSql.bind(update, r.status().name(), now, r.id().value());
            update.executeUpdate();
        }
    }

    /** One row per line, ordered by reservation: a reservation's columns repeat on each of its lines. */
    private static List<Reservation> reservations(PreparedStatement select) throws SQLException {
        List<Reservation> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            boolean more = rows.next();
            while (more) {
                UUID id = rows.getObject("id", UUID.class);
                OrderId orderId = new OrderId(rows.getObject("order_id", UUID.class));
                ReservationStatus status = ReservationStatus.valueOf(rows.getString("status"));
                String currency = rows.getString("currency");
                Instant expiresAt = TransactionSql.instant(rows, "expires_at");
                Instant createdAt = TransactionSql.instant(rows, "created_at");
                List<ReservationLine> lines = new ArrayList<>();
                do {
                    lines.add(new ReservationLine(new Sku(rows.getString("sku")), new Quantity(rows.getInt("quantity")),
                            new Money(rows.getLong("unit_price_minor"), currency)));
                    more = rows.next();
                } while (more && id.equals(rows.getObject("id", UUID.class)));
                found.add(Reservation.restore(new ReservationId(id), orderId, lines, expiresAt, createdAt, status));
            }
        }
        return found;
    }
}
