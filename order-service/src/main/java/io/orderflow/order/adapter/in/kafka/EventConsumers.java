package io.orderflow.order.adapter.in.kafka;

import io.orderflow.order.application.EventParser;
import io.orderflow.order.application.NotifyCustomer;
import io.orderflow.order.application.PoisonEventException;
import io.orderflow.order.application.ProjectTimeline;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka side of the two consumers. A record that fails is retried in place with exponential backoff, about half
 * a minute in all, long enough to ride out a database or mail server restart (the partition waits, so per-order
 * order holds); after the last retry, or at once for poison, the channel's
 * dead-letter-queue strategy publishes it to {@code order-service.<consumer>.dlq} with the reason, the exception and
 * the original topic, partition and offset in headers (see application.properties).
 */
@ApplicationScoped
public class EventConsumers {

    private final EventParser parser;
    private final ProjectTimeline timeline;
    private final NotifyCustomer notifications;

    public EventConsumers(EventParser parser, ProjectTimeline timeline, NotifyCustomer notifications) {
        this.parser = parser;
        this.timeline = timeline;
        this.notifications = notifications;
    }

    @Incoming("timeline")
    @Blocking
    @Retry(maxRetries = 8, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    public void timeline(ConsumerRecord<String, String> record) {
        try (var ignored = RecordLogContext.of(record)) {
            timeline.apply(parser.parse(record.value(), Headers.text(record, "correlationId")));
        }
    }

    @Incoming("notifications")
    @Blocking
    @Retry(maxRetries = 8, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    public void notifications(ConsumerRecord<String, String> record) {
        try (var ignored = RecordLogContext.of(record)) {
            notifications.apply(parser.parse(record.value(), Headers.text(record, "correlationId")));
        }
    }
}
