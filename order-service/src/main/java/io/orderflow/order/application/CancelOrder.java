package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Use case: cancel an order whose shipment has not left. The decision is recorded first (CANCELLING);
 * compensation then runs with the saga's machinery: S3 refunds or voids and fences the order, S2
 * releases and fences it, and only then is the order CANCELLED. What cannot be settled now is
 * finished by recovery. Idempotent.
 */
@ApplicationScoped
public class CancelOrder {

    private final OrderLedger ledger;
    private final OrderSaga saga;

    public CancelOrder(OrderLedger ledger, OrderSaga saga) {
        this.ledger = ledger;
        this.saga = saga;
    }

    /**
     * The order as far as compensation got: CANCELLED, or CANCELLING while recovery finishes it.
     *
     * @throws io.orderflow.order.domain.IllegalTransitionException the order failed: nothing to cancel
     * @throws ShipmentDispatchedException                           the shipment has left
     * @throws OrderNotFoundException                                no such order within the requester's reach
     */
    public Order cancel(OrderId id, Requester requester) {
        if (!requester.mayReach(ledger.ownerOf(id))) {
            throw new OrderNotFoundException(id);
        }
        Order requested = ledger.requestCancel(id);
        if (requested.status() == OrderStatus.CANCELLED) {
            return requested;
        }
        Order order = saga.advance(id);
        if (order.status() != OrderStatus.CANCELLING && order.status() != OrderStatus.CANCELLED) {
            throw new ShipmentDispatchedException(id);
        }
        return order;
    }
}
