package io.orderflow.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * Use case: keeps the inbox bounded. A delivery only needs remembering while Kafka may deliver it again or an
 * operator may replay it; past the retention the consumers' own tables (the timeline and the mail decisions are
 * keyed by event id) still keep a replay from applying an event twice.
 */
@ApplicationScoped
public class TrimInbox {

    private static final int BATCH = 5_000;

    private final ConsumedEvents inbox;
    private final Clock clock;

    public TrimInbox(ConsumedEvents inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Forgets deliveries older than the retention, in bounded batches; returns how many. */
    public int olderThan(Duration retention) {
        int total = 0;
        int deleted;
        do {
            deleted = inbox.forgetBefore(clock.instant().minus(retention), BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
