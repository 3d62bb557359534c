package io.orderflow.relay;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.debezium.embedded.Connect;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relays one service database's outbox. Waits for the service's migration to create the outbox
 * table (a filtered publication needs it), then runs a Debezium engine and restarts it with
 * backoff whenever it stops on an error. The {@link RelayMode#DEBEZIUM} relay.
 */
final class DatabaseRelay implements RelayWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final RelayConfig config;
    private final String database;
    private final Producer<String, String> producer;
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING_FOR_OUTBOX_TABLE);
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean stopping;
    private volatile DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;

    DatabaseRelay(RelayConfig config, String database, Producer<String, String> producer) {
        this.config = config;
        this.database = database;
        this.producer = producer;
    }

    @Override
    public void run() {
        Duration backoff = Duration.ofMillis(500);
        while (!stopping) {
            try {
                awaitOutboxTable();
                runEngineUntilItStops();
                backoff = Duration.ofMillis(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                lastError.set(e.toString());
                LOG.warn("relay for {} failed: {}", database, e.toString());
            }
            if (!stopping) {
                state.set(State.RESTARTING);
                if (!pause(backoff)) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        state.set(State.STOPPED);
    }

    private void awaitOutboxTable() throws InterruptedException {
        state.set(State.WAITING_FOR_OUTBOX_TABLE);
        while (!stopping && !outboxTableExists()) {
            if (!pause(Duration.ofMillis(250))) {
                throw new InterruptedException();
            }
        }
    }

    private boolean outboxTableExists() {
        try (Connection c = DriverManager.getConnection(config.jdbcUrl(database), config.dbUser(), config.dbPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('" + ConnectorProperties.OUTBOX_TABLE + "') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            lastError.set("database " + database + " not reachable: " + e.getMessage());
            return false;
        }
    }

    private void runEngineUntilItStops() throws InterruptedException {
        state.set(State.STARTING);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        engine = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                .using(ConnectorProperties.forDatabase(config, database))
                .notifying(new KafkaForwarder(producer, forwarded))
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void pollingStarted() {
                        state.set(State.STREAMING);
                        lastError.set(null);
                        LOG.info("relay for {} is streaming its outbox", database);
                    }
                })
                .using((success, message, error) -> {
                    if (!success) {
                        failure.set(error != null ? error : new IllegalStateException(message));
                    }
                    done.countDown();
                })
                .build();
        try {
            engine.run();
            done.await();
        } finally {
            closeEngine();
        }
        if (failure.get() != null && !stopping) {
            throw new IllegalStateException("engine stopped: " + failure.get().getMessage(), failure.get());
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

    private void closeEngine() {
        DebeziumEngine<RecordChangeEvent<SourceRecord>> current = engine;
        engine = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                LOG.warn("closing the engine for {} failed: {}", database, e.toString());
            }
        }
    }

    @Override
    public void stop() {
        stopping = true;
        closeEngine();
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
    public String lastError() {
        return lastError.get();
    }
}
