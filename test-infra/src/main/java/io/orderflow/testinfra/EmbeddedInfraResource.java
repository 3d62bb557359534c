package io.orderflow.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared real PostgreSQL (its own database, named by the
 * {@code database} init argument) and the shared real Kafka broker.
 */
public class EmbeddedInfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        infra.postgres().createDatabases(List.of(database));
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers());
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application; the JVM shutdown hook stops them.
    }
}
