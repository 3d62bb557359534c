package io.orderflow.inventory.domain;

/** A reservation was asked to move to a status its life cycle does not allow from where it is. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(ReservationId id, ReservationStatus from, ReservationStatus to) {
        super("reservation " + id + " is " + from + " and cannot become " + to
                + (from.isTerminal() ? "; its stock is no longer held" : ""));
    }
}
