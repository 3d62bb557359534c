package io.orderflow.relay;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Where the relay reads outboxes from and where it writes events to. */
public record RelayConfig(
        String kafkaBootstrapServers,
        String dbHost,
        int dbPort,
        String dbUser,
        String dbPassword,
        List<String> databases,
        Path stateDir,
        int healthPort) {

    /** Reads {@code RELAY_*} variables, with defaults that match the local stack. */
    public static RelayConfig fromEnvironment(Map<String, String> env) {
        return new RelayConfig(
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:19092"),
                env.getOrDefault("RELAY_DB_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("RELAY_DB_PORT", "15432")),
                env.getOrDefault("RELAY_DB_USER", "postgres"),
                env.getOrDefault("RELAY_DB_PASSWORD", ""),
                Arrays.stream(env.getOrDefault("RELAY_DATABASES", "orders,inventory,payments").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList(),
                Path.of(env.getOrDefault("RELAY_STATE_DIR", ".stack-data/relay")),
                Integer.parseInt(env.getOrDefault("RELAY_HEALTH_PORT", "18090")));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }
}
