package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.IllegalTransitionException;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import io.orderflow.inventory.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Use case: turn held stock into shipped stock for the order; repeating it changes nothing. */
@ApplicationScoped
public class ConfirmReservation {

    private final ReservationRepository reservations;
    private final ReservationTransitions transitions;
    private final Clock clock;

    public ConfirmReservation(ReservationRepository reservations, ReservationTransitions transitions, Clock clock) {
        this.reservations = reservations;
        this.transitions = transitions;
        this.clock = clock;
    }

    /**
     * Commits even when refusing: an overdue reservation is expired here, and that expiry must be kept
     * when the confirmation itself is refused.
     */
    @Transactional(dontRollbackOn = IllegalTransitionException.class)
    public Reservation confirm(ReservationId id) {
        Reservation reservation = reservations.lock(id).orElseThrow(() -> new ReservationNotFoundException(id));
        if (reservation.status() == ReservationStatus.CONFIRMED) {
            return reservation;
        }
        if (reservation.isOverdue(clock.instant())) {
            transitions.moveTo(ReservationStatus.EXPIRED, List.of(reservation));
        }
        transitions.moveTo(ReservationStatus.CONFIRMED, List.of(reservation));
        return reservation;
    }
}
