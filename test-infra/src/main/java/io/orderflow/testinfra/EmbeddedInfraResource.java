package io.orderflow.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.orderflow.testinfra.identity.TestIssuer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared real PostgreSQL (its own database, named by the
 * {@code database} init argument) and the shared real Kafka broker, and makes it verify tokens of the
 * {@link TestIssuer}.
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
        Map<String, String> config = new HashMap<>(TestIssuer.get().verificationConfig());
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application; the JVM shutdown hook stops them.
    }
}
