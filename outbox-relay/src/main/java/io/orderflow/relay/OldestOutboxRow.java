package io.orderflow.relay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** {@code min(occurred_at)} of the outbox rows newer than a mark: one index range scan. */
final class OldestOutboxRow implements DatabaseMeters.OldestRow {

    private final RelayConfig config;
    private final String database;

    OldestOutboxRow(RelayConfig config, String database) {
        this.config = config;
        this.database = database;
    }

    @Override
    public Optional<Instant> newerThan(Instant mark) throws Exception {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(database), config.dbUser(), config.dbPassword());
             PreparedStatement s = c.prepareStatement("SELECT min(occurred_at) FROM outbox WHERE occurred_at > ?")) {
            s.setTimestamp(1, Timestamp.from(ceilToMicros(mark)));
            try (ResultSet rs = s.executeQuery()) {
                Timestamp oldest = rs.next() ? rs.getTimestamp(1) : null;
                return Optional.ofNullable(oldest).map(Timestamp::toInstant);
            }
        }
    }

    /**
     * PostgreSQL keeps microseconds and rounds the nanoseconds of the service's clock: a row stored rounded up
     * must not look newer than the acknowledged event it is.
     */
    static Instant ceilToMicros(Instant instant) {
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return micros.equals(instant) ? instant : micros.plus(1, ChronoUnit.MICROS);
    }
}
