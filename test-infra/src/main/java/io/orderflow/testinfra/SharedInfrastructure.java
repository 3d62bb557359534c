package io.orderflow.testinfra;

import io.orderflow.infra.Ports;
import io.orderflow.infra.kafka.KafkaBroker;
import io.orderflow.infra.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One real PostgreSQL server and one real Kafka broker per test JVM, started on first use. */
public final class SharedInfrastructure {

    private static SharedInfrastructure instance;

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private SharedInfrastructure(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static SharedInfrastructure start() {
        try {
            Path dir = Files.createTempDirectory("orderflow-test-infra");
            PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), Ports.freePort());
            KafkaBroker kafka = KafkaBroker.start(dir.resolve("kafka"), Ports.freePort(), Ports.freePort());
            SharedInfrastructure infra = new SharedInfrastructure(postgres, kafka);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stop, "test-infra-shutdown"));
            return infra;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        kafka.close();
        postgres.close();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }
}
