package io.orderflow.testinfra;

import io.orderflow.infra.Ports;
import io.orderflow.infra.kafka.KafkaBroker;
import io.orderflow.infra.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** The default backend: embedded PostgreSQL and an in-process Kafka broker from {@code embedded-infra}. */
final class EmbeddedServers implements Infrastructure {

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private EmbeddedServers(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedServers start() {
        try {
            Path dir = Files.createTempDirectory("orderflow-test-infra");
            PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), Ports.freePort());
            KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), Ports.freePort(), Ports.freePort());
            return new EmbeddedServers(postgres, kafka);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Postgres postgres() {
        return new Postgres() {
            @Override
            public void createDatabases(Collection<String> names) {
                postgres.createDatabases(names);
            }

            @Override
            public String jdbcUrl(String database) {
                return postgres.jdbcUrl(database);
            }

            @Override
            public String username() {
                return PostgresServer.SUPERUSER;
            }

            @Override
            public String password() {
                return "";
            }
        };
    }

    @Override
    public Kafka kafka() {
        return kafka::bootstrapServers;
    }

    @Override
    public void close() {
        kafka.close();
        postgres.close();
    }
}
