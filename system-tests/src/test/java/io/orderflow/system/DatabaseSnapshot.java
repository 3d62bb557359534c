package io.orderflow.system;

import io.orderflow.stack.Stack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;

/**
 * Every table of the four databases as a row count and a digest of its rows, to show that a run of requests
 * stored nothing. The gateway's request audit is left out: it records every request by design. So are order-service's
 * projections of Kafka events (timeline, mail decisions, their inbox, dead letters): their consumers catch up
 * asynchronously on the events of earlier tests' orders, and a request can only reach them through an event, which
 * the outbox tables (compared here) would show.
 */
final class DatabaseSnapshot {

    private static final List<String> DATABASES = List.of("orders", "inventory", "payments", "gateway");
    private static final Set<String> LEFT_OUT = Set.of("request_audit", "flyway_schema_history", "order_timeline",
            "customer_notifications", "inbox", "dead_letters");

    private final Map<String, String> tables;

    private DatabaseSnapshot(Map<String, String> tables) {
        this.tables = tables;
    }

    /** A snapshot once background work (recovery, expiry sweeps, the relay) has settled: three alike in a row. */
    static DatabaseSnapshot whenQuiet(Stack stack) {
        AtomicReference<DatabaseSnapshot> last = new AtomicReference<>(take(stack));
        int[] alike = {0};
        Awaitility.await("the databases to stop changing").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2)).until(() -> {
                    DatabaseSnapshot now = take(stack);
                    alike[0] = now.tables.equals(last.get().tables) ? alike[0] + 1 : 0;
                    last.set(now);
                    return alike[0] >= 2;
                });
        return last.get();
    }

    static DatabaseSnapshot take(Stack stack) {
        Map<String, String> tables = new TreeMap<>();
        for (String database : DATABASES) {
            try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "");
                 Statement statement = connection.createStatement()) {
                for (String table : tables(statement)) {
                    try (ResultSet digest = statement.executeQuery("SELECT count(*) || ':' || md5(coalesce("
                            + "string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"" + table + "\" t")) {
                        digest.next();
                        tables.put(database + "." + table, digest.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read database " + database, e);
            }
        }
        return new DatabaseSnapshot(tables);
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")) {
            while (rows.next()) {
                if (!LEFT_OUT.contains(rows.getString(1))) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** The tables whose rows differ from {@code earlier}'s. */
    List<String> differencesFrom(DatabaseSnapshot earlier) {
        return tables.keySet().stream().filter(t -> !Objects.equals(tables.get(t), earlier.tables.get(t))).toList();
    }
}
