package io.orderflow.payment.adapter.out.outbox;

import io.orderflow.outbox.OutboxWriter;
import io.orderflow.outbox.OutgoingEvent;
import io.orderflow.payment.adapter.out.metrics.PaymentCounters;
import io.orderflow.payment.application.PaymentEvents;
import io.orderflow.payment.domain.PaymentEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Payment and shipment events into the outbox table; the relay publishes them to {@code payment.events},
 * keyed by order id so every event of one order stays in order on one partition.
 */
@ApplicationScoped
public class OutboxPaymentEvents implements PaymentEvents {

    static final String AGGREGATE_TYPE = "payment";

    private final OutboxWriter outbox;
    private final PaymentCounters counters;

    public OutboxPaymentEvents(OutboxWriter outbox, PaymentCounters counters) {
        this.outbox = outbox;
        this.counters = counters;
    }

    @Override
    public void publish(PaymentEvent event) {
        outbox.append(new OutgoingEvent(AGGREGATE_TYPE, event.orderId(), event.type(), event.schemaVersion(), event));
        counters.announced(event);
    }
}
