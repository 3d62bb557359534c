package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Use case: an order was cancelled. Puts back whatever is held or confirmed for it and fences it so that
 * no later reservation is made; repeating it changes nothing.
 */
@ApplicationScoped
public class ReleaseCancelledOrder {

    private static final Logger LOG = Logger.getLogger(ReleaseCancelledOrder.class);

    private final OrderLocks orderLocks;
    private final CancelledOrders cancelledOrders;
    private final ReservationRepository reservations;
    private final ReservationTransitions transitions;
    private final Clock clock;

    public ReleaseCancelledOrder(OrderLocks orderLocks, CancelledOrders cancelledOrders,
                                 ReservationRepository reservations, ReservationTransitions transitions, Clock clock) {
        this.orderLocks = orderLocks;
        this.cancelledOrders = cancelledOrders;
        this.reservations = reservations;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** The order's reservation as it stands after the call, if it ever had one. */
    @Transactional
    public Optional<Reservation> release(OrderId orderId) {
        // Same lock as ReserveStock: a reservation racing with this call either committed before it (and is
        // released below) or runs after it and meets the fence.
        orderLocks.lockUntilCommit(orderId);
        if (cancelledOrders.add(orderId, clock.instant())) {
            LOG.infof("order %s cancelled: no reservation will be made for it", orderId);
        }
        Optional<Reservation> reservation = reservations.lockByOrder(orderId);
        reservation.filter(r -> !r.status().isTerminal())
                .ifPresent(r -> transitions.moveTo(ReservationStatus.RELEASED, List.of(r)));
        return reservation;
    }
}
