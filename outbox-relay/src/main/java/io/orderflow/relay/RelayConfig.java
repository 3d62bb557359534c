package io.orderflow.relay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Where the relay reads outboxes from, where it writes events to, how, and how long it keeps rows. */
public record RelayConfig(
        String kafkaBootstrapServers,
        String dbHost,
        int dbPort,
        String dbUser,
        String dbPassword,
        List<String> databases,
        Path stateDir,
        int healthPort,
        RelayMode mode,
        Duration debeziumPollInterval,
        PollingSettings polling,
        Duration retention,
        Duration housekeepingInterval,
        Duration kafkaTimeout) {

    public RelayConfig {
        if (debeziumPollInterval.toMillis() < 1) {
            throw new IllegalArgumentException("RELAY_DEBEZIUM_POLL_INTERVAL must be at least 1ms, not "
                    + debeziumPollInterval);
        }
    }

    /** Reads {@code RELAY_*} variables, with defaults that match the local stack (see the module README). */
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
                Integer.parseInt(env.getOrDefault("RELAY_HEALTH_PORT", "18090")),
                RelayMode.parse(env.getOrDefault("RELAY_MODE", "debezium")),
                duration(env, "RELAY_DEBEZIUM_POLL_INTERVAL", "10ms"),
                new PollingSettings(
                        duration(env, "RELAY_POLL_INTERVAL", "100ms"),
                        Integer.parseInt(env.getOrDefault("RELAY_POLL_BATCH_SIZE", "500")),
                        new BackoffPolicy(
                                duration(env, "RELAY_RETRY_BASE", "1s"),
                                duration(env, "RELAY_RETRY_MAX", "5m"),
                                Integer.parseInt(env.getOrDefault("RELAY_MAX_ATTEMPTS", "20")))),
                duration(env, "RELAY_OUTBOX_RETENTION", "P7D"),
                duration(env, "RELAY_HOUSEKEEPING_INTERVAL", "1m"),
                duration(env, "RELAY_KAFKA_TIMEOUT", "60s"));
    }

    private static Duration duration(Map<String, String> env, String name, String fallback) {
        return Durations.parse(name, env.getOrDefault(name, fallback));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }
}
