package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Use case: read a reservation, by its id or by its order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FindReservation {

    private final ReservationRepository reservations;

    public FindReservation(ReservationRepository reservations) {
        this.reservations = reservations;
    }

    public Reservation byId(ReservationId id) {
        return reservations.find(id).orElseThrow(() -> new ReservationNotFoundException(id));
    }

    /** The order's reservation, if it has one: the definite answer order-service settles in-doubt calls with. */
    public Optional<Reservation> byOrder(OrderId orderId) {
        return reservations.findByOrder(orderId);
    }
}
