package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.ReservationId;

/** No reservation has this id. */
public class ReservationNotFoundException extends RuntimeException {

    public ReservationNotFoundException(ReservationId id) {
        super("no reservation with id " + id);
    }
}
