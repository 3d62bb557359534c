package io.orderflow.order.config;

import io.orderflow.order.domain.RetryPolicy;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.inject.Produces;
import java.time.Duration;

/** Settings of the recovery worker. */
@ConfigMapping(prefix = "orders.recovery")
public interface RecoveryConfig {

    /** How often the worker runs, e.g. {@code 5s}; {@code off} disables it (read by the scheduler). */
    String interval();

    /** An order untouched this long, in NEW, RESERVED or PAID, is considered abandoned. */
    Duration staleAfter();

    int maxAttempts();

    Duration baseBackoff();

    Duration maxBackoff();

    /** How long a claimed order is reserved for the worker that claimed it. */
    Duration lease();

    int batchSize();

    /** Makes the retry policy injectable where the configuration interface should not reach. */
    class Policies {
        @Produces
        RetryPolicy retryPolicy(RecoveryConfig config) {
            return new RetryPolicy(config.baseBackoff(), config.maxBackoff(), config.maxAttempts());
        }
    }
}
