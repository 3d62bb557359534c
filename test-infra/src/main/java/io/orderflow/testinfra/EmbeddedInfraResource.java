package io.orderflow.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.orderflow.testinfra.identity.TestIssuer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared real PostgreSQL (its own database, named by the
 * {@code database} init argument) and the shared real Kafka broker, and makes it verify tokens of the
 * {@link TestIssuer}. The servers are embedded unless {@code -Pcontainers} selects containers
 * ({@link SharedInfrastructure}); the name stays so that no test changes.
 */
public class EmbeddedInfraResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infra = SharedInfrastructure.get();
        infra.postgres().createDatabases(List.of(database));
        Map<String, String> config = new HashMap<>(TestIssuer.get().verificationConfig());
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.postgres().username());
        config.put("quarkus.datasource.password", infra.postgres().password());
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        return config;
    }

    @Override
    public void stop() {
        // The servers outlive a single Quarkus application; the JVM shutdown hook stops them.
    }
}
