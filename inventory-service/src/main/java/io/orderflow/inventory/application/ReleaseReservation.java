package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import io.orderflow.inventory.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Use case: put a reservation's units back on hand, whether still held or already confirmed (a cancelled
 * order that was not dispatched); repeating it changes nothing.
 */
@ApplicationScoped
public class ReleaseReservation {

    private final ReservationRepository reservations;
    private final ReservationTransitions transitions;

    public ReleaseReservation(ReservationRepository reservations, ReservationTransitions transitions) {
        this.reservations = reservations;
        this.transitions = transitions;
    }

    @Transactional
    public Reservation release(ReservationId id) {
        Reservation reservation = reservations.lock(id).orElseThrow(() -> new ReservationNotFoundException(id));
        if (reservation.status().isTerminal()) {
            return reservation;
        }
        transitions.moveTo(ReservationStatus.RELEASED, List.of(reservation));
        return reservation;
    }
}
