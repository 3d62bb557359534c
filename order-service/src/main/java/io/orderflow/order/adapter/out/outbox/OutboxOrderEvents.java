package io.orderflow.order.adapter.out.outbox;

import io.orderflow.order.application.OrderEvents;
import io.orderflow.order.domain.OrderEvent;
import io.orderflow.outbox.OutboxWriter;
import io.orderflow.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Order events into the outbox table; the relay publishes them to the {@code order.events} topic. */
@ApplicationScoped
public class OutboxOrderEvents implements OrderEvents {

    static final String AGGREGATE_TYPE = "order";

    private final OutboxWriter outbox;

    public OutboxOrderEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(OrderEvent event) {
        outbox.append(new OutgoingEvent(AGGREGATE_TYPE, event.orderId(), event.type(), event.schemaVersion(), event));
    }
}
