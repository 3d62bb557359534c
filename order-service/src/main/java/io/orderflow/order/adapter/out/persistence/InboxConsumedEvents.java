package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.ConsumedEvents;
import io.orderflow.outbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The shared inbox table (event-outbox's migration) behind the consumers' port. */
@ApplicationScoped
public class InboxConsumedEvents implements ConsumedEvents {

    private final Inbox inbox;

    public InboxConsumedEvents(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public boolean firstDelivery(UUID eventId, String eventType, String consumer) {
        return inbox.firstDelivery(eventId, eventType, consumer);
    }

    @Override
    public int forgetBefore(Instant cutoff, int batch) {
        return inbox.forgetBefore(cutoff, batch);
    }
}
