package io.orderflow.order.application;

import io.orderflow.order.domain.IllegalTransitionException;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Use case: cancel an order that is not yet dispatched: refund what was charged, restock what is
 * held, then record the cancellation. Asks the participants rather than trusting the order's own
 * ids, so a payment or reservation made by a saga still in flight is undone too. Idempotent.
 */
@ApplicationScoped
public class CancelOrder {

    private final OrderLedger ledger;
    private final Inventory inventory;
    private final Payments payments;

    public CancelOrder(OrderLedger ledger, Inventory inventory, Payments payments) {
        this.ledger = ledger;
        this.inventory = inventory;
        this.payments = payments;
    }

    public Order cancel(OrderId id) {
        Order order = ledger.load(id);
        if (order.status() == OrderStatus.CANCELLED) {
            return order;
        }
        if (order.status() == OrderStatus.FAILED) {
            throw new IllegalTransitionException(id, order.status(), OrderStatus.CANCELLED);
        }
        refundIfCharged(id);
        restockIfHeld(id);
        return ledger.cancel(id);
    }

    private void refundIfCharged(OrderId id) {
        PaymentOutcome payment = payments.findPayment(id);
        if (payment instanceof PaymentOutcome.InDoubt d) {
            throw new ParticipantUnavailableException("payment-fulfillment-service: " + d.cause());
        }
        if (payment instanceof PaymentOutcome.Captured c
                && payments.refund(c.paymentId()) instanceof StepOutcome.InDoubt d) {
            throw new ParticipantUnavailableException("refund of payment " + c.paymentId() + ": " + d.cause());
        }
    }

    private void restockIfHeld(OrderId id) {
        ReservationOutcome reservation = inventory.findReservation(id);
        if (reservation instanceof ReservationOutcome.InDoubt d) {
            throw new ParticipantUnavailableException("inventory-service: " + d.cause());
        }
        if (reservation instanceof ReservationOutcome.Reserved r
                && inventory.release(r.reservationId()) instanceof StepOutcome.InDoubt d) {
            throw new ParticipantUnavailableException("release of reservation " + r.reservationId() + ": "
                    + d.cause());
        }
    }
}
