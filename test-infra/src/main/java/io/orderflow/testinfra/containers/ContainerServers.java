package io.orderflow.testinfra.containers;

import io.orderflow.testinfra.Infrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The opt-in backend ({@code -Pcontainers}): PostgreSQL and Kafka in containers, configured like the embedded
 * servers (fsync and synchronous commit on, logical replication ready; a single KRaft node with three partitions
 * per topic). Images can be overridden with {@code -Dorderflow.infra.postgres-image} and
 * {@code -Dorderflow.infra.kafka-image}.
 */
public final class ContainerServers implements Infrastructure {

    static final String NO_DOCKER = "-Pcontainers needs a Docker engine; the default embedded servers need none. "
            + "Testcontainers found no Docker engine (it looks at DOCKER_HOST, ~/.testcontainers.properties and "
            + "/var/run/docker.sock): start one, or run the tests without -Pcontainers / -Dorderflow.infra=containers.";

    private static final String POSTGRES_IMAGE = System.getProperty("orderflow.infra.postgres-image", "postgres:17");
    // Same Kafka release as the embedded broker and the Quarkus BOM's kafka-clients.
    private static final String KAFKA_IMAGE = System.getProperty("orderflow.infra.kafka-image", "apache/kafka:4.1.2");

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private ContainerServers(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    /** Starts both containers, or fails at once with {@link #NO_DOCKER} when there is no Docker engine. */
    public static ContainerServers start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException(NO_DOCKER);
        }
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withUsername("postgres")
                .withPassword("postgres")
                // Replaces Testcontainers' default command, which turns fsync off.
                .withCommand("postgres", "-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "wal_level=logical",
                        "-c", "max_wal_senders=10", "-c", "max_replication_slots=10", "-c", "max_connections=200");
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        try {
            postgres.start();
            kafka.start();
        } catch (RuntimeException e) {
            kafka.stop();
            postgres.stop();
            throw e;
        }
        return new ContainerServers(postgres, kafka);
    }

    @Override
    public Postgres postgres() {
        return new Postgres() {
            @Override
            public void createDatabases(Collection<String> names) {
                try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), username(), password())) {
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

            @Override
            public String jdbcUrl(String database) {
                return "jdbc:postgresql://" + postgres.getHost() + ":"
                        + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
            }

            @Override
            public String username() {
                return postgres.getUsername();
            }

            @Override
            public String password() {
                return postgres.getPassword();
            }
        };
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public Kafka kafka() {
        return kafka::getBootstrapServers;
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
