package io.orderflow.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long reservations hold stock, and how often overdue ones are swept. */
@ConfigMapping(prefix = "inventory.reservation")
public interface ReservationConfig {

    /** Time a HELD reservation keeps its stock before the sweeper puts it back on hand. */
    @WithDefault("10m")
    Duration ttl();

    /** Pause between two sweeps for overdue reservations (read by the scheduler from the property). */
    @WithDefault("5s")
    Duration sweepInterval();
}
