package io.orderflow.relay;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Sends each routed outbox record to Kafka and marks a batch processed only after the broker
 * acknowledged every record in it, so an offset is never committed ahead of the data.
 */
final class KafkaForwarder implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

    private final Producer<String, String> producer;
    private final AtomicLong forwarded;

    KafkaForwarder(Producer<String, String> producer, AtomicLong forwarded) {
        this.producer = producer;
        this.forwarded = forwarded;
    }

    @Override
    public void handleBatch(List<RecordChangeEvent<SourceRecord>> records,
                            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer)
            throws InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (RecordChangeEvent<SourceRecord> event : records) {
            SourceRecord record = event.record();
            if (record.value() != null) {
                acks.add(producer.send(toKafka(record)));
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new RelayException("Kafka refused an outbox record; the batch will be re-read", e.getCause());
            }
        }
        for (RecordChangeEvent<SourceRecord> event : records) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
        forwarded.addAndGet(acks.size());
    }

    static ProducerRecord<String, String> toKafka(SourceRecord record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            // Debezium's own context headers describe the relay, not the event.
            if (header.value() != null && !header.key().startsWith("__debezium")) {
                headers.add(header.key(), header.value().toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        String key = record.key() == null ? null : record.key().toString();
        return new ProducerRecord<>(record.topic(), null, record.timestamp(), key, record.value().toString(), headers);
    }

    /** The relay cannot hand a batch to Kafka. */
    static final class RelayException extends RuntimeException {
        RelayException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
