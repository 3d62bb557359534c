package io.orderflow.relay;

import java.time.Duration;

/** The polling relay's pace: how long it sleeps when idle, how many rows it claims at once, how it retries. */
public record PollingSettings(Duration interval, int batchSize, BackoffPolicy retry) {

    public PollingSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("RELAY_POLL_BATCH_SIZE must be at least 1");
        }
    }
}
