package io.orderflow.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelayConfigTest {

    @Test
    void defaultsToDebeziumWithAWeekOfRetention() {
        RelayConfig config = RelayConfig.fromEnvironment(Map.of());
        assertThat(config.mode()).isEqualTo(RelayMode.DEBEZIUM);
        assertThat(config.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(config.housekeepingInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.debeziumPollInterval()).isEqualTo(Duration.ofMillis(10));
        assertThat(config.polling()).isEqualTo(new PollingSettings(Duration.ofMillis(100), 500,
                new BackoffPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), 20)));
    }

    @Test
    void readsModeAndDurationsInEitherNotation() {
        RelayConfig config = RelayConfig.fromEnvironment(Map.of("RELAY_MODE", "Polling",
                "RELAY_OUTBOX_RETENTION", "36h", "RELAY_POLL_INTERVAL", "PT0.25S",
                "RELAY_DEBEZIUM_POLL_INTERVAL", "25ms"));
        assertThat(config.mode()).isEqualTo(RelayMode.POLLING);
        assertThat(config.retention()).isEqualTo(Duration.ofHours(36));
        assertThat(config.polling().interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.debeziumPollInterval()).isEqualTo(Duration.ofMillis(25));
        assertThat(ConnectorProperties.forDatabase(config, "orders").getProperty("poll.interval.ms")).isEqualTo("25");
    }

    @Test
    void refusesAnUnknownModeOrDuration() {
        assertThatThrownBy(() -> RelayConfig.fromEnvironment(Map.of("RELAY_MODE", "kafka-connect")))
                .hasMessageContaining("debezium or polling");
        assertThatThrownBy(() -> RelayConfig.fromEnvironment(Map.of("RELAY_OUTBOX_RETENTION", "a week")))
                .hasMessageContaining("RELAY_OUTBOX_RETENTION");
        assertThatThrownBy(() -> RelayConfig.fromEnvironment(Map.of("RELAY_DEBEZIUM_POLL_INTERVAL", "0ms")))
                .hasMessageContaining("RELAY_DEBEZIUM_POLL_INTERVAL must be at least 1ms");
    }

    @Test
    void backoffDoublesUpToItsMaximumAndEndsAtTheLastAttempt() {
        BackoffPolicy policy = new BackoffPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 4);
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(400)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.exhausted(3)).isFalse();
        assertThat(policy.exhausted(4)).isTrue();
    }
}
