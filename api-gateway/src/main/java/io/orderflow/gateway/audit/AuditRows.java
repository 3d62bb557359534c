package io.orderflow.gateway.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Writes audit rows off the event loop, many per transaction: the first row after a write starts a short timer, and
 * when it fires every row waiting by then goes in one batch. Under load that is one commit for dozens of requests
 * instead of one each. A row waits in memory for at most {@link #FLUSH_DELAY_MS} plus a write, so a crash loses at
 * most that much audit (a failed write or a full queue is logged as lost rows); a normal stop writes what waits.
 */
@ApplicationScoped
public class AuditRows {

    static final long FLUSH_DELAY_MS = 50;
    private static final int MAX_WAITING = 10_000;
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditRows.class);
    private static final String INSERT = "INSERT INTO request_audit (correlation_id, method, path, status, "
            + "duration_ms, subject, client_address, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final BlockingQueue<AuditRow> waiting = new ArrayBlockingQueue<>(MAX_WAITING);
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Vertx vertx;
    private final DataSource dataSource;

    public AuditRows(Vertx vertx, DataSource dataSource) {
        this.vertx = vertx;
        this.dataSource = dataSource;
    }

    public void add(AuditRow row) {
        if (!waiting.offer(row)) {
            LOG.warnf("audit row for %s lost: %d rows are waiting to be written", row.correlationId(), MAX_WAITING);
            return;
        }
        if (flushScheduled.compareAndSet(false, true)) {
            vertx.setTimer(FLUSH_DELAY_MS, timer -> vertx.executeBlocking(() -> {
                flush();
                return null;
            }, false));
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        flush();
    }

    /** Writes every waiting row. The flag is cleared first, so a row added during the write schedules the next. */
    synchronized void flush() {
        flushScheduled.set(false);
        List<AuditRow> batch = new ArrayList<>(BATCH);
        while (waiting.drainTo(batch, BATCH) > 0) {
            try {
                write(batch);
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("%d audit rows lost: %s", batch.size(), e.toString());
            }
            batch.clear();
        }
    }

    private void write(List<AuditRow> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditRow row : rows) {
                    insert.setString(1, row.correlationId());
                    insert.setString(2, row.method());
                    insert.setString(3, row.path());
                    insert.setInt(4, row.status());
                    insert.setLong(5, row.durationMs());
                    insert.setString(6, row.subject());
                    insert.setString(7, row.clientAddress());
                    insert.setObject(8, row.receivedAt().atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
