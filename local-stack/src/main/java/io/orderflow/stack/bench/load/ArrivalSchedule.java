package io.orderflow.stack.bench.load;

/** When each request of an open-loop phase is meant to start: evenly spaced at a fixed rate. */
record ArrivalSchedule(long startNanos, double ratePerSecond, long count) {

    ArrivalSchedule {
        if (ratePerSecond <= 0 || count < 0) {
            throw new IllegalArgumentException("rate must be positive and count not negative");
        }
    }

    static ArrivalSchedule of(long startNanos, double ratePerSecond, double seconds) {
        return new ArrivalSchedule(startNanos, ratePerSecond, Math.round(ratePerSecond * seconds));
    }

    /** The intended start of request {@code i}; its latency is measured from here, not from when it was sent. */
    long intendedStart(long i) {
        return startNanos + Math.round(i * 1e9 / ratePerSecond);
    }
}
