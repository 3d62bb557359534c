package io.orderflow.inventory.adapter.out.outbox;

import io.orderflow.inventory.application.InventoryEvents;
import io.orderflow.inventory.domain.ReservationConfirmed;
import io.orderflow.inventory.domain.ReservationExpired;
import io.orderflow.inventory.domain.StockReleased;
import io.orderflow.inventory.domain.StockReserved;
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

    public OutboxInventoryEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stockReserved(StockReserved event) {
        append(event.orderId(), StockReserved.TYPE, StockReserved.SCHEMA_VERSION, event);
    }

    @Override
    public void reservationConfirmed(ReservationConfirmed event) {
        append(event.orderId(), ReservationConfirmed.TYPE, ReservationConfirmed.SCHEMA_VERSION, event);
    }

    @Override
    public void stockReleased(StockReleased event) {
        append(event.orderId(), StockReleased.TYPE, StockReleased.SCHEMA_VERSION, event);
    }

    @Override
    public void reservationExpired(ReservationExpired event) {
        append(event.orderId(), ReservationExpired.TYPE, ReservationExpired.SCHEMA_VERSION, event);
    }

    private void append(String orderId, String type, int schemaVersion, Object payload) {
        outbox.append(new OutgoingEvent(AGGREGATE_TYPE, orderId, type, schemaVersion, payload));
    }
}
