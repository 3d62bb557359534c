package io.orderflow.relay;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays one service database's outbox by polling it: claims a batch, sends it, marks the acknowledged rows
 * published and the failed ones for a later attempt (or dead), all in the claim's transaction. Paced by
 * {@link PollPace} (at once after a full batch, milliseconds while events flow, up to the poll interval when idle);
 * reconnects with backoff when the database fails.
 */
final class PollingRelay implements RelayWorker {

    private static final Logger LOG = LoggerFactory.getLogger(PollingRelay.class);
    private static final Duration MAX_RECONNECT_BACKOFF = Duration.ofSeconds(30);

    private final RelayConfig config;
    private final String database;
    private final BatchSender sender;
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING_FOR_OUTBOX_TABLE);
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean stopping;

    PollingRelay(RelayConfig config, String database, Producer<String, String> producer) {
        this.config = config;
        this.database = database;
        this.sender = new BatchSender(producer);
    }

    @Override
    public void run() {
        Duration backoff = Duration.ofMillis(500);
        while (!stopping) {
            try (Connection c = DriverManager.getConnection(config.jdbcUrl(database), config.dbUser(),
                    config.dbPassword())) {
                if (OutboxClaims.ready(c)) {
                    warnOfDebeziumSlot(c);
                    state.set(State.STREAMING);
                    backoff = Duration.ofMillis(500);
                    pollUntilStopped(c);
                } else {
                    state.set(State.WAITING_FOR_OUTBOX_TABLE);
                    lastError.set("outbox table without publication columns (migration V0_3) in " + database);
                }
            } catch (SQLException | RuntimeException e) {
                lastError.set(e.toString());
                LOG.warn("polling relay for {} failed: {}", database, e.toString());
                state.set(State.RESTARTING);
                backoff = backoff.multipliedBy(2).compareTo(MAX_RECONNECT_BACKOFF) > 0
                        ? MAX_RECONNECT_BACKOFF : backoff.multipliedBy(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!stopping && !pause(state.get() == State.WAITING_FOR_OUTBOX_TABLE ? Duration.ofMillis(250) : backoff)) {
                break;
            }
        }
        state.set(State.STOPPED);
    }

    private void warnOfDebeziumSlot(Connection c) throws SQLException {
        String slot = ConnectorProperties.slotName(database);
        if (OutboxClaims.slotExists(c, slot)) {
            LOG.warn("replication slot {} of the Debezium relay still exists in {} and holds WAL: drop it with "
                    + "SELECT pg_drop_replication_slot('{}') unless you switch back", slot, database, slot);
        }
    }

    private void pollUntilStopped(Connection c) throws SQLException, InterruptedException {
        c.setAutoCommit(false);
        PollPace pace = new PollPace(config.polling().interval());
        while (!stopping) {
            Duration wait = pace.after(pollOnce(c), config.polling().batchSize());
            if (!wait.isZero() && !pause(wait)) {
                throw new InterruptedException();
            }
        }
    }

    /** One claim-send-mark transaction; returns how many rows it claimed. */
    int pollOnce(Connection c) throws SQLException, InterruptedException {
        try {
            List<OutboxRow> rows = OutboxClaims.claim(c, config.polling().batchSize());
            if (!rows.isEmpty()) {
                record(c, sender.send(rows));
            }
            c.commit();
            return rows.size();
        } catch (SQLException | RuntimeException | InterruptedException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    private void record(Connection c, List<BatchSender.Result> results) throws SQLException {
        List<UUID> sent = results.stream().filter(r -> r.status() == BatchSender.Status.SENT)
                .map(r -> r.row().id()).toList();
        OutboxClaims.markPublished(c, sent);
        BackoffPolicy retry = config.polling().retry();
        int failed = 0;
        String firstError = null;
        for (BatchSender.Result r : results) {
            if (r.status() != BatchSender.Status.FAILED) {
                continue;
            }
            int attempts = r.row().attempts() + 1;
            boolean isDead = retry.exhausted(attempts);
            OutboxClaims.markFailed(c, r.row().id(), attempts, r.error(), retry.delayAfter(attempts), isDead);
            failed++;
            firstError = firstError == null ? r.error() : firstError;
            if (isDead) {
                dead.incrementAndGet();
                LOG.error("outbox row {} ({} of {} {}, database {}) is dead after {} attempts and holds back its "
                        + "aggregate: {}", r.row().id(), r.row().type(), r.row().aggregateType(),
                        r.row().aggregateId(), database, attempts, r.error());
            }
        }
        forwarded.addAndGet(sent.size());
        lastError.set(firstError);
        if (failed > 0) {
            LOG.warn("{} of {} outbox rows of {} not sent, retried later: {}", failed, results.size(), database,
                    firstError);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is closed by the caller; the claim's locks go with it.
        }
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void stop() {
        stopping = true;
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public State state() {
        return state.get();
    }

    @Override
    public long forwarded() {
        return forwarded.get();
    }

    @Override
    public long dead() {
        return dead.get();
    }

    @Override
    public String lastError() {
        return lastError.get();
    }
}
