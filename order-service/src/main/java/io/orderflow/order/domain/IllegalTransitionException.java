package io.orderflow.order.domain;

/** An order was asked to move to a state its life cycle does not allow from where it is. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(OrderId id, OrderStatus from, OrderStatus to) {
        super("order " + id + " is " + from + " and cannot become " + to);
    }
}
