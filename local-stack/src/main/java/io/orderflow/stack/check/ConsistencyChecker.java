package io.orderflow.stack.check;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the three databases, the payment provider and the Kafka topics, and reports every violation of
 * {@link Rules}. Meant for a quiet system: run it after the saga and its recovery have had their time,
 * since a read of independent sources is not one consistent snapshot.
 */
public final class ConsistencyChecker {

    public static final Duration DEFAULT_KAFKA_TIMEOUT = Duration.ofSeconds(60);

    private final Sources sources;
    private final Duration kafkaTimeout;

    public ConsistencyChecker(Sources sources) {
        this(sources, DEFAULT_KAFKA_TIMEOUT);
    }

    /** @param kafkaTimeout how long reading the topics up to their end offsets may take */
    public ConsistencyChecker(Sources sources, Duration kafkaTimeout) {
        this.sources = sources;
        this.kafkaTimeout = kafkaTimeout;
    }

    /** Every violation; empty when the system is consistent. */
    public List<Violation> check() {
        return report().violations();
    }

    /** The violations together with the number of orders checked. */
    public Report report() {
        Snapshot snapshot = snapshot();
        return new Report(snapshot.orders().orders().size(), Rules.check(snapshot));
    }

    /** Everything the rules need, read from all sources. */
    public Snapshot snapshot() {
        DatabaseReader databases = new DatabaseReader(sources);
        try {
            OrdersSnapshot orders = databases.orders();
            InventorySnapshot inventory = databases.inventory();
            PaymentsSnapshot payments = databases.payments();
            ProviderSnapshot provider = new ProviderReader(sources.providerUrl()).read();
            // The outbox before Kafka: a row read here was committed before the end offsets are captured.
            OutboxSnapshot outbox = databases.outbox();
            Set<String> topics = new LinkedHashSet<>(EventsReader.TOPICS);
            outbox.rows().forEach(row -> topics.add(row.topic()));
            EventsSnapshot events = new EventsReader(sources.kafkaBootstrap(), kafkaTimeout).read(topics);
            return new Snapshot(orders, inventory, payments, provider, outbox, events);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the databases at " + sources.jdbcBase() + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the charges of " + sources.providerUrl() + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + sources.providerUrl(), e);
        }
    }
}
