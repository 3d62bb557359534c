package io.orderflow.order.adapter.in.kafka;

import io.orderflow.order.application.DeadLetter;
import io.orderflow.order.application.DeadLetterOffice;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Parks every record of the consumers' dead-letter topics in the database, where operators list and replay them.
 * If the database is away it retries; when it gives up the channel fails and readiness goes down (nothing is
 * skipped: the record stays on the topic).
 */
@ApplicationScoped
public class DeadLetterConsumer {

    static final String TOPIC_PREFIX = "order-service.";
    static final String TOPIC_SUFFIX = ".dlq";

    private final DeadLetterOffice office;
    private final Clock clock;

    public DeadLetterConsumer(DeadLetterOffice office, Clock clock) {
        this.office = office;
        this.clock = clock;
    }

    @Incoming("dead-letters")
    @Blocking
    @Retry(maxRetries = 10, delay = 500)
    @ExponentialBackoff(factor = 2, maxDelay = 30000)
    public void park(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = Headers.all(record);
        String reason = headers.getOrDefault("dead-letter-reason", "no reason given");
        String exception = headers.get("dead-letter-exception-class-name");
        office.park(new DeadLetter(UUID.randomUUID(), consumerOf(record.topic()),
                headers.getOrDefault("dead-letter-topic", record.topic()),
                Integer.parseInt(headers.getOrDefault("dead-letter-partition", Integer.toString(record.partition()))),
                Long.parseLong(headers.getOrDefault("dead-letter-offset", Long.toString(record.offset()))),
                Headers.storable(record.key()),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8),
                headers, headers.get("eventId"), headers.get("eventType"), bounded(reason), exception,
                clock.instant(), DeadLetter.Status.PARKED, 0, null, null));
    }

    static String consumerOf(String dlqTopic) {
        String name = dlqTopic;
        if (name.startsWith(TOPIC_PREFIX)) {
            name = name.substring(TOPIC_PREFIX.length());
        }
        return name.endsWith(TOPIC_SUFFIX) ? name.substring(0, name.length() - TOPIC_SUFFIX.length()) : name;
    }

    private static String bounded(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
