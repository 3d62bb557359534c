package io.orderflow.relay;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The polling relay's SQL. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several relay copies share a
 * database; the locks are held, in the caller's transaction, until the claimed rows are marked.
 */
final class OutboxClaims {

    /**
     * Unsent rows that are due, oldest first, except a row that an older unpublished row of its aggregate (locked by
     * another relay, waiting for its retry, or dead) holds back, unless that older row is claimed here too.
     */
    private static final String CLAIM = """
            WITH claimed AS MATERIALIZED (
                SELECT id, aggregatetype, aggregateid, type, schemaversion, payload::text AS payload, traceparent,
                       correlation_id, attempts, occurred_at, seq
                FROM outbox
                WHERE published_at IS NULL AND dead_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                ORDER BY occurred_at, seq
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            SELECT * FROM claimed c
            WHERE NOT EXISTS (
                SELECT 1 FROM outbox o
                WHERE o.aggregatetype = c.aggregatetype AND o.aggregateid = c.aggregateid AND o.published_at IS NULL
                  AND (o.occurred_at, o.seq) < (c.occurred_at, c.seq)
                  AND o.id NOT IN (SELECT id FROM claimed))
            ORDER BY occurred_at, seq""";

    private static final String PUBLISHED =
            "UPDATE outbox SET published_at = now(), next_attempt_at = NULL WHERE id = ANY (?)";

    private static final String FAILED = """
            UPDATE outbox SET attempts = ?, last_error = ?,
                next_attempt_at = CASE WHEN ? THEN NULL ELSE now() + make_interval(secs => ?) END,
                dead_at = CASE WHEN ? THEN now() END
            WHERE id = ?""";

    private static final int MAX_ERROR_LENGTH = 500;

    private OutboxClaims() {
    }

    /** True once the outbox table carries the publication columns (migration V0_3). */
    static boolean ready(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = 'outbox' AND column_name IN ('seq', 'published_at', "
                + "'dead_at')");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) == 3;
        }
    }

    /** True when a replication slot of this name exists: left by the Debezium relay, it keeps WAL from being freed. */
    static boolean slotExists(Connection c, String slot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_replication_slots WHERE slot_name = ?")) {
            ps.setString(1, slot);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static List<OutboxRow> claim(Connection c, int limit) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getObject("id", UUID.class), rs.getString("aggregatetype"),
                            rs.getString("aggregateid"), rs.getString("type"), rs.getInt("schemaversion"),
                            rs.getString("payload"), rs.getString("traceparent"), rs.getString("correlation_id"),
                            rs.getInt("attempts")));
                }
            }
        }
        return rows;
    }

    static void markPublished(Connection c, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(PUBLISHED)) {
            Array array = c.createArrayOf("uuid", ids.toArray());
            ps.setArray(1, array);
            ps.executeUpdate();
        }
    }

    /** Records a failed send: the new attempt count, why, and either the next attempt or, when dead, none. */
    static void markFailed(Connection c, UUID id, int attempts, String error, Duration retryIn, boolean dead)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FAILED)) {
            ps.setInt(1, attempts);
            ps.setString(2, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
            ps.setBoolean(3, dead);
            ps.setDouble(4, retryIn.toMillis() / 1000.0);
            ps.setBoolean(5, dead);
            ps.setObject(6, id);
            ps.executeUpdate();
        }
    }
}
