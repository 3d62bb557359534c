package io.orderflow.relay;

import java.time.Duration;

/**
 * How long the polling relay waits before its next claim: not at all after a full batch, a few milliseconds after a
 * partial one (events are flowing: the next is likely close), and twice as long after each empty claim, up to the
 * poll interval. So an event written while others flow waits milliseconds, and an idle relay asks its database
 * only once per interval.
 */
final class PollPace {

    static final Duration FLOWING = Duration.ofMillis(5);

    private final Duration idle;
    private final Duration flowing;
    private Duration next;

    PollPace(Duration idle) {
        this.idle = idle;
        this.flowing = idle.compareTo(FLOWING) < 0 ? idle : FLOWING;
        this.next = flowing;
    }

    Duration after(int claimed, int batchSize) {
        if (claimed >= batchSize) {
            next = flowing;
            return Duration.ZERO;
        }
        if (claimed > 0) {
            next = flowing;
            return flowing;
        }
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(idle) > 0 ? idle : doubled;
        return wait;
    }
}
