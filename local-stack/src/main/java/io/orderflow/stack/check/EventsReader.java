package io.orderflow.stack.check;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Collects the {@code eventId} header of every record on the given topics, from the beginning. */
final class EventsReader {

    static final List<String> TOPICS = List.of("order.events", "inventory.events", "payment.events");

    private final String bootstrap;
    private final Duration timeout;

    EventsReader(String bootstrap, Duration timeout) {
        this.bootstrap = bootstrap;
        this.timeout = timeout;
    }

    EventsSnapshot read(Collection<String> topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "consistency-check-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Reading must not create a topic that a service has not created yet.
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Set<String>> ids = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(timeout);
            for (String topic : topics) {
                ids.put(topic, new HashSet<>());
                for (PartitionInfo info : existing.getOrDefault(topic, List.of())) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            // Assigned rather than subscribed: the fresh group has nothing committed, so each partition starts
            // at its earliest offset, and there is no rebalance to wait for.
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<TopicPartition> unread = new ArrayList<>(partitions);
            while (!unread.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Header header = r.headers().lastHeader("eventId");
                    if (header != null && header.value() != null) {
                        ids.computeIfAbsent(r.topic(), t -> new HashSet<>())
                                .add(new String(header.value(), StandardCharsets.UTF_8).toLowerCase());
                    }
                }
                unread.removeIf(tp -> consumer.position(tp, timeout) >= end.get(tp));
            }
            List<String> unfinished = unread.stream()
                    .map(tp -> tp + " at " + consumer.position(tp, timeout) + " of " + end.get(tp)).toList();
            return new EventsSnapshot(ids, unfinished);
        }
    }
}
