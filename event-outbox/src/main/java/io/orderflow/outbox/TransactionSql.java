package io.orderflow.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Plain JDBC on the connection of the caller's transaction (Hibernate's own), for the statements on an order's path:
 * the outbox and inbox here, the services' hot-path adapters (ADR-022). Unlike a native query through Hibernate,
 * nothing is flushed or dirty-checked first and no query plan is built. Statements are prepared each time; the driver
 * reuses the server-side plan after five uses.
 *
 * <p>Outside a transaction the statement gets one of its own: a session without a transaction would otherwise keep
 * its connection until the request ends, and the saga's request waits for other services in between (under load
 * that held every pooled connection).
 */
@ApplicationScoped
public class TransactionSql {

    private final EntityManager entityManager;

    public TransactionSql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public <T> T run(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }

    /** One INSERT, UPDATE or DELETE with its parameters in order ({@link #bind}); returns the rows it changed. */
    public int update(String statement, Object... parameters) {
        return run(connection -> {
            try (PreparedStatement update = connection.prepareStatement(statement)) {
                bind(update, parameters);
                return update.executeUpdate();
            }
        });
    }

    /** True when the query finds a row. */
    public boolean exists(String query, Object... parameters) {
        return run(connection -> exists(connection, query, parameters));
    }

    /** The first column of the first row the query finds, as text; empty when it finds none (or a null). */
    public Optional<String> text(String query, Object... parameters) {
        return run(connection -> {
            try (PreparedStatement select = connection.prepareStatement(query)) {
                bind(select, parameters);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The same as {@link #exists(String, Object...)} on a connection the caller already holds (inside {@link #run}). */
    public static boolean exists(Connection connection, String query, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Sets the parameters from the first on; an {@link Instant} goes as a UTC timestamp, the driver's own type. */
    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(i + 1, value instanceof Instant instant ? timestamp(instant) : value);
        }
    }

    /** An instant as the driver writes a {@code timestamptz}; null stays null. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
