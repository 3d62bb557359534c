package io.orderflow.inventory.adapter.out.outbox;

import io.orderflow.inventory.adapter.out.metrics.ReservationCounters;
import io.orderflow.inventory.application.InventoryEvents;
import io.orderflow.inventory.domain.InventoryEvent;
import io.orderflow.outbox.OutboxWriter;
import io.orderflow.outbox.OutgoingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Inventory events into the outbox table; the relay publishes them to {@code inventory.events}, keyed by
 * order id so all events of one order stay in order.
 */
@ApplicationScoped
public class OutboxInventoryEvents implements InventoryEvents {

    static final String AGGREGATE_TYPE = "inventory";

    private final OutboxWriter outbox;
    private final ReservationCounters counters;

    public OutboxInventoryEvents(OutboxWriter outbox, ReservationCounters counters) {
        this.outbox = outbox;
        this.counters = counters;
    }

    @Override
    public void publish(InventoryEvent event) {
        outbox.append(new OutgoingEvent(AGGREGATE_TYPE, event.orderId(), event.type(), event.schemaVersion(), event));
        counters.announced(event);
    }
}
