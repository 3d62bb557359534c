package io.orderflow.order.adapter.in.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

/** Puts the record's order id (its key) and correlation id into the log context while it is processed. */
final class RecordLogContext implements AutoCloseable {

    private RecordLogContext() {
    }

    static RecordLogContext of(ConsumerRecord<String, ?> record) {
        if (record.key() != null) {
            MDC.put("orderId", record.key());
        }
        String correlationId = Headers.text(record, "correlationId");
        if (correlationId != null) {
            MDC.put("correlationId", correlationId);
        }
        return new RecordLogContext();
    }

    @Override
    public void close() {
        MDC.remove("orderId");
        MDC.remove("correlationId");
    }
}
