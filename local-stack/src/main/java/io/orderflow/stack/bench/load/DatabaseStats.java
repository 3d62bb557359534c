package io.orderflow.stack.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Transactions committed and rolled back per database, from PostgreSQL's own statistics. Backends publish their
 * counts at most once a second, so a reading is only exact once the server has been quiet for a moment.
 */
final class DatabaseStats {

    private final String jdbcUrl;

    DatabaseStats(int port) {
        this.jdbcUrl = "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Map<String, Long> transactions() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname, xact_commit + xact_rollback FROM pg_stat_database "
                     + "WHERE datname IS NOT NULL AND datname NOT LIKE 'template%'")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read pg_stat_database at " + jdbcUrl, e);
        }
        return counts;
    }

    String jdbcUrl(String database) {
        return jdbcUrl.replace("/postgres", "/" + database);
    }
}
