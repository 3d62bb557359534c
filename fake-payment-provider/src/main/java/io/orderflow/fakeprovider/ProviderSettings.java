package io.orderflow.fakeprovider;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the fake provider runs: its port (0 picks a free one), where it keeps its journal (null keeps
 * everything in memory) and how long {@code tok_slow} charges take.
 */
public record ProviderSettings(int port, Path dataDir, Duration slowChargeDelay) {

    public static final int DEFAULT_PORT = 18084;
    public static final long DEFAULT_SLOW_MS = 3000;

    public ProviderSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got: " + port);
        }
        Objects.requireNonNull(slowChargeDelay, "slowChargeDelay");
    }

    /** Reads PROVIDER_PORT, PROVIDER_DATA_DIR and PROVIDER_SLOW_MS. */
    public static ProviderSettings fromEnvironment(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("PROVIDER_PORT", Integer.toString(DEFAULT_PORT)));
        String dir = env.get("PROVIDER_DATA_DIR");
        long slowMs = Long.parseLong(env.getOrDefault("PROVIDER_SLOW_MS", Long.toString(DEFAULT_SLOW_MS)));
        return new ProviderSettings(port, dir == null || dir.isBlank() ? null : Path.of(dir),
                Duration.ofMillis(slowMs));
    }
}
