package io.orderflow.order.adapter.in.kafka;

import io.orderflow.order.application.EventParser;
import io.orderflow.order.application.IncomingEvent;
import io.orderflow.order.application.PoisonEventException;
import io.orderflow.order.application.ProjectTimeline;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The timeline consumer takes what one poll brought as one transaction (one commit for a poll's events instead of
 * one per event). Each record is still acknowledged or dead-lettered on its own: poison at once; and when the
 * transaction as a whole fails, every record is applied again alone with the usual retries, so a record the database
 * refuses is dead-lettered by itself and the records polled with it are projected. Redelivery is harmless: the
 * timeline is keyed by event id.
 */
@ApplicationScoped
public class TimelineBatches {

    private static final Logger LOG = Logger.getLogger(TimelineBatches.class);

    private final EventParser parser;
    private final ProjectTimeline timeline;
    private final RetriedEvents retried;

    public TimelineBatches(EventParser parser, ProjectTimeline timeline, RetriedEvents retried) {
        this.parser = parser;
        this.timeline = timeline;
        this.retried = retried;
    }

    /** Applies the records; completes when each is acknowledged or dead-lettered. */
    public CompletionStage<Void> apply(List<KafkaRecord<String, String>> records) {
        List<CompletionStage<Void>> outcomes = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (KafkaRecord<String, String> record : records) {
            ConsumerRecord<String, String> consumed = consumed(record);
            try {
                parsed.add(new Parsed(record, consumed,
                        parser.parse(consumed.value(), Headers.text(consumed, "correlationId"))));
            } catch (PoisonEventException poison) {
                outcomes.add(record.nack(poison));
            }
        }
        try {
            timeline.applyAll(parsed.stream().map(Parsed::event).toList());
            parsed.forEach(p -> outcomes.add(p.record().ack()));
        } catch (RuntimeException batchRefused) {
            LOG.warnf("the timeline refused %d events polled together (%s); applying them one by one", parsed.size(),
                    batchRefused.toString());
            parsed.forEach(p -> outcomes.add(applyAlone(p)));
        }
        return CompletableFuture.allOf(outcomes.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    private CompletionStage<Void> applyAlone(Parsed p) {
        try (var ignored = RecordLogContext.of(p.consumed())) {
            retried.apply(timeline, p.event());
            return p.record().ack();
        } catch (RuntimeException refused) {
            return p.record().nack(refused);
        }
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumed(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("a record without its Kafka metadata"));
    }

    private record Parsed(KafkaRecord<String, String> record, ConsumerRecord<String, String> consumed,
                          IncomingEvent event) {
    }
}
