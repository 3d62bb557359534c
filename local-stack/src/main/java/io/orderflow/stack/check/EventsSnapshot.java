package io.orderflow.stack.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code eventId} headers found on Kafka.
 *
 * @param eventIdsByTopic  event ids per topic (compared case-insensitively, as UUID text)
 * @param unreadPartitions partitions not read up to their end offset before the timeout, e.g.
 *                         {@code order.events-0 at 10 of 12}; empty when the read was complete
 */
public record EventsSnapshot(Map<String, Set<String>> eventIdsByTopic, List<String> unreadPartitions) {

    public EventsSnapshot {
        eventIdsByTopic = eventIdsByTopic.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(String::toLowerCase).collect(Collectors.toUnmodifiableSet())));
        unreadPartitions = List.copyOf(unreadPartitions);
    }

    public boolean contains(String topic, String eventId) {
        return eventIdsByTopic.getOrDefault(topic, Set.of()).contains(eventId.toLowerCase());
    }
}
