package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.order.domain.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Use case: where is the order, how did it get there, and, when it is not finished, which step it waits on and
 * why. The steps come from the events (as far as they have arrived); the current step from the ledger itself.
 */
@ApplicationScoped
public class ReadTimeline {

    private final FindOrder findOrder;
    private final TimelineStore timeline;
    private final RecoveryQueue recovery;

    public ReadTimeline(FindOrder findOrder, TimelineStore timeline, RecoveryQueue recovery) {
        this.findOrder = findOrder;
        this.timeline = timeline;
        this.recovery = recovery;
    }

    /** What the order is doing now. {@code state}: DONE, RUNNING, IN_DOUBT (retrying) or NEEDS_ATTENTION. */
    public record CurrentStep(OrderStatus status, String step, String state, int attempts, String lastError,
                              Instant nextAttemptAt) {
    }

    public record OrderTimeline(OrderId orderId, CurrentStep current, List<TimelineEntry> steps) {
    }

    @Transactional
    public OrderTimeline of(OrderId id, Requester requester) {
        Order order = findOrder.byId(id, requester);
        return new OrderTimeline(id, current(order), timeline.of(id));
    }

    private CurrentStep current(Order order) {
        OrderStatus status = order.status();
        if (!status.isUnfinished()) {
            return new CurrentStep(status, "none", "DONE", 0, null, null);
        }
        RecoveryQueue.Progress progress = recovery.progress(order.id());
        String state = progress.needsAttention() ? "NEEDS_ATTENTION"
                : progress.attempts() > 0 ? "IN_DOUBT" : "RUNNING";
        return new CurrentStep(status, stepAfter(status), state, progress.attempts(), progress.lastError(),
                progress.needsAttention() ? null : progress.nextAttemptAt());
    }

    private static String stepAfter(OrderStatus status) {
        return switch (status) {
            case NEW -> "reserve stock (inventory-service)";
            case RESERVED -> "charge the payment (payment-fulfillment-service)";
            case PAID -> "record the shipment request";
            case CANCELLING -> "compensate: refund or void the payment, release the stock";
            default -> "none";
        };
    }
}
