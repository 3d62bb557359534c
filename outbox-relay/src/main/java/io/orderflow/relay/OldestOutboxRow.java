package io.orderflow.relay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
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
            s.setTimestamp(1, Timestamp.from(mark));
            try (ResultSet rs = s.executeQuery()) {
                Timestamp oldest = rs.next() ? rs.getTimestamp(1) : null;
                return Optional.ofNullable(oldest).map(Timestamp::toInstant);
            }
        }
    }
}
