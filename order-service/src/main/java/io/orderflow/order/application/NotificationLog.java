package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Port: what the notification consumer decided for each event, one row per event. */
public interface NotificationLog {

    enum Outcome { SENT, SUPERSEDED, NO_ADDRESS }

    record Decision(UUID eventId, OrderId orderId, CustomerMails.Kind kind, Outcome outcome,
                    String recipient, Instant occurredAt, Instant decidedAt) {
    }

    /** Records the decision; false when this event was decided before (the earlier decision stands). */
    boolean record(Decision decision);

    /** True when a status mail about a later moment of the order was already sent. */
    boolean laterStatusMailSent(OrderId id, Instant occurredAt);

    List<Decision> of(OrderId id);
}
