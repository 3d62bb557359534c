package io.orderflow.stack.check;

import io.orderflow.stack.check.InventorySnapshot.Line;
import io.orderflow.stack.check.InventorySnapshot.Reservation;
import io.orderflow.stack.check.InventorySnapshot.Sku;
import io.orderflow.stack.check.OrdersSnapshot.Order;
import io.orderflow.stack.check.PaymentsSnapshot.Fulfillment;
import io.orderflow.stack.check.PaymentsSnapshot.Payment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the three service databases, each in one read-only snapshot transaction. */
final class DatabaseReader {

    static final List<String> DATABASES = List.of("orders", "inventory", "payments");

    private final Sources sources;

    DatabaseReader(Sources sources) {
        this.sources = sources;
    }

    OrdersSnapshot orders() throws SQLException {
        return inDatabase("orders", c -> new OrdersSnapshot(query(c, "SELECT id, status, reservation_id, payment_id, "
                + "fulfillment_id, failure_code, attempts, last_error, next_attempt_at FROM orders", rs -> new Order(
                uuid(rs, "id"), rs.getString("status"), uuid(rs, "reservation_id"), uuid(rs, "payment_id"),
                uuid(rs, "fulfillment_id"), rs.getString("failure_code"), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "next_attempt_at")))));
    }

    InventorySnapshot inventory() throws SQLException {
        return inDatabase("inventory", c -> {
            List<Sku> skus = query(c, "SELECT sku, on_hand, reserved, shipped FROM skus", rs -> new Sku(
                    rs.getString("sku"), rs.getInt("on_hand"), rs.getInt("reserved"), rs.getInt("shipped")));
            Map<UUID, List<Line>> lines = new HashMap<>();
            query(c, "SELECT reservation_id, sku, quantity FROM reservation_lines", rs -> lines.computeIfAbsent(
                    uuid(rs, "reservation_id"), id -> new ArrayList<>()).add(new Line(rs.getString("sku"),
                    rs.getInt("quantity"))));
            List<Reservation> reservations = query(c, "SELECT id, order_id, status FROM reservations",
                    rs -> new Reservation(uuid(rs, "id"), uuid(rs, "order_id"), rs.getString("status"),
                            lines.getOrDefault(uuid(rs, "id"), List.of())));
            return new InventorySnapshot(skus, reservations);
        });
    }

    PaymentsSnapshot payments() throws SQLException {
        return inDatabase("payments", c -> new PaymentsSnapshot(
                query(c, "SELECT id, order_id, idempotency_key, status, provider_charge_id, amount_minor FROM payments",
                        rs -> new Payment(uuid(rs, "id"), uuid(rs, "order_id"), rs.getString("idempotency_key"),
                                rs.getString("status"), rs.getString("provider_charge_id"), rs.getLong("amount_minor"))),
                query(c, "SELECT id, order_id, payment_id, status FROM fulfillments",
                        rs -> new Fulfillment(uuid(rs, "id"), uuid(rs, "order_id"), uuid(rs, "payment_id"),
                                rs.getString("status")))));
    }

    OutboxSnapshot outbox() throws SQLException {
        List<OutboxSnapshot.Row> rows = new ArrayList<>();
        for (String database : DATABASES) {
            rows.addAll(inDatabase(database, c -> {
                // dead_at comes with migration V0_3; a database without it has no dead rows.
                String dead = hasColumn(c, "outbox", "dead_at") ? "dead_at IS NOT NULL" : "false";
                return query(c, "SELECT id, aggregatetype, aggregateid, type, " + dead + " AS dead FROM outbox "
                        + "WHERE aggregatetype <> '" + OutboxSnapshot.BENCHMARK + "'", rs -> new OutboxSnapshot.Row(
                        database, uuid(rs, "id"), rs.getString("aggregatetype"), rs.getString("aggregateid"),
                        rs.getString("type"), rs.getBoolean("dead")));
            }));
        }
        return new OutboxSnapshot(rows);
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        return !query(c, "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '"
                + table + "' AND column_name = '" + column + "'", rs -> true).isEmpty();
    }

    private <T> T inDatabase(String database, Work<T> work) throws SQLException {
        try (Connection c = DriverManager.getConnection(sources.jdbcUrl(database), "postgres", "")) {
            // One snapshot per database, so that e.g. skus and reservation lines are compared as of one instant.
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    private static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
