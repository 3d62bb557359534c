package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.IllegalTransitionException;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationConfirmed;
import io.orderflow.inventory.domain.ReservationExpired;
import io.orderflow.inventory.domain.ReservationStatus;
import io.orderflow.inventory.domain.StockMove;
import io.orderflow.inventory.domain.StockReleased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Moves locked reservations to a new status together with their units and the event that announces it,
 * in the caller's transaction.
 */
@ApplicationScoped
public class ReservationTransitions {

    private static final Logger LOG = Logger.getLogger(ReservationTransitions.class);

    private final ReservationRepository reservations;
    private final StockLedger ledger;
    private final InventoryEvents events;
    private final Clock clock;

    public ReservationTransitions(ReservationRepository reservations, StockLedger ledger, InventoryEvents events,
                                  Clock clock) {
        this.reservations = reservations;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's transaction decides whether a refused transition rolls back (confirming keeps an expiry). */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = IllegalTransitionException.class)
    public void moveTo(ReservationStatus target, List<Reservation> locked) {
        List<StockMove> moves = new ArrayList<>();
        for (Reservation reservation : locked) {
            ReservationStatus previous = reservation.status();
            moves.addAll(reservation.moveTo(target));
            reservations.updateStatus(reservation, clock.instant());
            announce(reservation, previous);
            LOG.info("reservation " + reservation.id() + " of order " + reservation.orderId() + ": " + previous + " -> "
                    + target);
        }
        for (StockMove move : StockMove.mergedInSkuOrder(moves)) {
            if (!ledger.apply(move)) {
                throw new IllegalStateException("stock of " + move.sku() + " has fewer than " + move.units()
                        + " units " + move.from() + " although reservations hold them there");
            }
        }
    }

    private void announce(Reservation reservation, ReservationStatus previous) {
        switch (reservation.status()) {
            case CONFIRMED -> events.publish(ReservationConfirmed.of(reservation));
            case RELEASED -> events.publish(StockReleased.of(reservation, previous));
            case EXPIRED -> events.publish(ReservationExpired.of(reservation));
            case HELD -> throw new IllegalStateException("a reservation never returns to HELD");
        }
    }
}
