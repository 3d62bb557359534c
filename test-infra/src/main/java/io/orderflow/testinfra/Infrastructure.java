package io.orderflow.testinfra;

import java.util.Collection;

/** A real PostgreSQL and a real Kafka broker for the tests of one JVM, whichever {@link InfraBackend} runs them. */
public interface Infrastructure extends AutoCloseable {

    Postgres postgres();

    Kafka kafka();

    /** Stops both servers. */
    @Override
    void close();

    /** The PostgreSQL server; each service gets a database of its own on it. */
    interface Postgres {

        /** Creates each database that does not exist yet. */
        void createDatabases(Collection<String> names);

        String jdbcUrl(String database);

        String username();

        String password();
    }

    /** The Kafka broker (KRaft, single node). */
    interface Kafka {

        String bootstrapServers();
    }
}
