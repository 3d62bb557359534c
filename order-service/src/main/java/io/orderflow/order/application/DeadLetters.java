package io.orderflow.order.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Port: the parked dead letters. */
public interface DeadLetters {

    /** Parks the record; a record parked before (same consumer, topic, partition, offset) is left as it was. */
    void park(DeadLetter letter);

    Optional<DeadLetter> find(UUID id);

    /** Newest first; every filter is optional. {@code orderId} matches the record key. */
    List<DeadLetter> list(Selection selection);

    void markReplayed(UUID id, Instant at);

    void markReplayFailed(UUID id, String error);

    /** Parked (not yet replayed) dead letters per consumer. */
    Map<String, Long> parkedByConsumer();

    record Selection(String consumer, String orderId, Instant since, DeadLetter.Status status, int limit) {
    }
}
