package io.orderflow.order.application;

import java.time.Instant;
import java.util.UUID;

/** Port: the inbox, which remembers the events each consumer applied, in the transaction of the effect. */
public interface ConsumedEvents {

    /** Records the event for the consumer; false when it was recorded before (a redelivery: skip the effect). */
    boolean firstDelivery(UUID eventId, String eventType, String consumer);

    /** Forgets up to {@code batch} deliveries recorded before {@code cutoff}; returns how many it forgot. */
    int forgetBefore(Instant cutoff, int batch);
}
