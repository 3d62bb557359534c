package io.orderflow.relay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Sends a claimed batch to Kafka and waits for every acknowledgement (bounded by the producer's delivery timeout).
 * Records of one aggregate share a key, hence a partition, and the idempotent producer keeps them in order there.
 */
final class BatchSender {

    enum Status {
        /** Kafka acknowledged the record. */
        SENT,
        /** The send failed: counts as an attempt. */
        FAILED,
        /** Not sent, because an older row of its aggregate was refused in this batch: no attempt counted. */
        HELD
    }

    record Result(OutboxRow row, Status status, String error) {
    }

    private final Producer<String, String> producer;

    BatchSender(Producer<String, String> producer) {
        this.producer = producer;
    }

    List<Result> send(List<OutboxRow> rows) throws InterruptedException {
        List<Result> results = new ArrayList<>(rows.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Set<String> refusedAggregates = new HashSet<>();
        Throwable outage = null;
        for (OutboxRow row : rows) {
            Future<RecordMetadata> ack = null;
            Result result;
            if (outage != null) {
                result = new Result(row, Status.FAILED, outage.toString());
            } else if (refusedAggregates.contains(row.aggregate())) {
                result = new Result(row, Status.HELD, null);
            } else {
                ack = producer.send(row.toKafka());
                Throwable refused = ack.isDone() ? failure(ack) : null;
                result = refused == null ? null : new Result(row, Status.FAILED, refused.toString());
                if (refused != null) {
                    ack = null;
                    refusedAggregates.add(row.aggregate());
                    // Anything but a refusal of this one record means Kafka (or its metadata) is out of reach:
                    // waiting max.block.ms again for each remaining row would only repeat that.
                    outage = recordSpecific(refused) ? null : refused;
                }
            }
            results.add(result);
            acks.add(ack);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (acks.get(i) != null) {
                Throwable failed = await(acks.get(i));
                results.set(i, new Result(rows.get(i), failed == null ? Status.SENT : Status.FAILED,
                        failed == null ? null : failed.toString()));
            }
        }
        return results;
    }

    private static boolean recordSpecific(Throwable refused) {
        return refused instanceof RecordTooLargeException || refused instanceof SerializationException;
    }

    private static Throwable await(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static Throwable failure(Future<RecordMetadata> done) {
        try {
            return await(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }
}
