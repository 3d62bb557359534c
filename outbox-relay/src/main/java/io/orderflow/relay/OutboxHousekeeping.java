package io.orderflow.relay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every outbox bounded: deletes rows older than {@code RELAY_OUTBOX_RETENTION}, at most {@link #BATCH} per
 * statement (each its own short transaction), skipping rows a relay holds. In debezium mode by age alone: a committed
 * row is already in the WAL, so the router publishes it even once deleted, and it ignores the delete. In polling mode
 * only published rows: an unsent row must stay, and a dead row waits for an operator.
 */
final class OutboxHousekeeping implements AutoCloseable {

    static final int BATCH = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(OutboxHousekeeping.class);
    private static final String EXPIRED = "SELECT id FROM outbox WHERE occurred_at < now() - make_interval(secs => ?)";
    private static final String ORDER_AND_LOCK = " ORDER BY occurred_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED";

    private final RelayConfig config;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong deleted = new AtomicLong();

    private OutboxHousekeeping(RelayConfig config, ScheduledExecutorService scheduler) {
        this.config = config;
        this.scheduler = scheduler;
    }

    /** Sweeps every database once per {@code RELAY_HOUSEKEEPING_INTERVAL}. */
    static OutboxHousekeeping start(RelayConfig config) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-housekeeping");
            t.setDaemon(true);
            return t;
        });
        OutboxHousekeeping housekeeping = new OutboxHousekeeping(config, scheduler);
        long every = config.housekeepingInterval().toMillis();
        scheduler.scheduleWithFixedDelay(housekeeping::sweepAll, every, every, TimeUnit.MILLISECONDS);
        return housekeeping;
    }

    private void sweepAll() {
        for (String database : config.databases()) {
            try {
                long n = sweep(config, database);
                if (n > 0) {
                    deleted.addAndGet(n);
                    LOG.info("outbox housekeeping deleted {} rows older than {} from {}", n, config.retention(), database);
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("outbox housekeeping in {} failed: {}", database, e.toString());
            }
        }
    }

    /** Deletes the expired rows of one database; returns how many. */
    static long sweep(RelayConfig config, String database) throws SQLException {
        String delete = "DELETE FROM outbox WHERE id IN (" + EXPIRED
                + (config.mode() == RelayMode.POLLING ? " AND published_at IS NOT NULL" : "") + ORDER_AND_LOCK + ")";
        long total = 0;
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(database), config.dbUser(),
                config.dbPassword())) {
            if (!outboxExists(c)) {
                return 0;
            }
            try (PreparedStatement ps = c.prepareStatement(delete)) {
                ps.setDouble(1, config.retention().toMillis() / 1000.0);
                int n;
                do {
                    n = ps.executeUpdate();
                    total += n;
                } while (n == BATCH);
            }
        }
        return total;
    }

    private static boolean outboxExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('public.outbox') IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    long deleted() {
        return deleted.get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
