package io.orderflow.infra.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;

/**
 * A real PostgreSQL server from the zonky binaries, configured like production
 * (fsync and synchronous commit on) and ready for logical replication.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server whose data lives in {@code dataDir} and survives a restart; it stops when the JVM exits. */
    public static PostgresServer start(Path dataDir, int port) {
        return start(dataDir, port, null, true);
    }

    /**
     * A server its caller stops ({@link #close}) when it chooses, writing the server's own log to {@code logFile}:
     * no shutdown hook of its own, which would stop it at exit at the same moment as, not after, the processes that
     * still use it (the local stack stops its services first).
     */
    public static PostgresServer startOwned(Path dataDir, int port, Path logFile) {
        return start(dataDir, port, logFile, false);
    }

    private static PostgresServer start(Path dataDir, int port, Path logFile, boolean stopAtExit) {
        try {
            Files.createDirectories(dataDir);
            StalePostmaster.stopIfRunning(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (logFile != null) {
                Files.createDirectories(logFile.getParent());
                builder.setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            }
            EmbeddedPostgres postgres = builder
                    .setRegisterShutdownHook(stopAtExit)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky passes -F (fsync off) and synchronous_commit=off; these override both.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_wal_senders", "10")
                    .setServerConfig("max_replication_slots", "10")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            return new PostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " with data in " + dataDir, e);
        }
    }

    /** Creates each database that does not exist yet. */
    public void createDatabases(Collection<String> names) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            for (String name : names) {
                if (!exists(c, name)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE \"" + name + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create databases " + names, e);
        }
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
