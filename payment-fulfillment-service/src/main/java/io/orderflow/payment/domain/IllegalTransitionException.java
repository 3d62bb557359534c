package io.orderflow.payment.domain;

/** A payment or fulfillment was asked to move to a state its life cycle does not allow from where it is. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String what, Object id, Enum<?> from, Enum<?> to) {
        super(what + " " + id + " is " + from + " and cannot become " + to);
    }
}
