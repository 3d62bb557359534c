package io.orderflow.order.adapter.in.kafka;

import io.orderflow.order.application.EventParser;
import io.orderflow.order.application.NotifyCustomer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka side of the two consumers. A record that fails is retried in place ({@link RetriedEvents}; the partition
 * waits, so per-order order holds); after the last retry, or at once for poison, the channel's
 * dead-letter-queue strategy publishes it to {@code order-service.<consumer>.dlq} with the reason, the exception and
 * the original topic, partition and offset in headers (see application.properties). The timeline takes a poll's
 * records together ({@link TimelineBatches}); notifications go one by one, since each may send a mail, and skip the
 * event types no mail is about by the {@code eventType} header the relay sets (both relay modes).
 */
@ApplicationScoped
public class EventConsumers {

    private final EventParser parser;
    private final TimelineBatches timeline;
    private final NotifyCustomer notifications;
    private final RetriedEvents retried;

    public EventConsumers(EventParser parser, TimelineBatches timeline, NotifyCustomer notifications,
                          RetriedEvents retried) {
        this.parser = parser;
        this.timeline = timeline;
        this.notifications = notifications;
        this.retried = retried;
    }

    @Incoming("timeline")
    @Blocking
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public CompletionStage<Void> timeline(KafkaRecordBatch<String, String> batch) {
        return timeline.apply(batch.getRecords());
    }

    @Incoming("notifications")
    @Blocking
    public void notifications(ConsumerRecord<String, String> record) {
        String type = Headers.text(record, "eventType");
        if (type != null && !NotifyCustomer.mailsAbout(type)) {
            return; // most events of an order mail nobody: not parsed, no transaction, nothing retried
        }
        try (var ignored = RecordLogContext.of(record)) {
            retried.apply(notifications, parser.parse(record.value(), Headers.text(record, "correlationId")));
        }
    }
}
