package io.orderflow.order.application;

import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.IllegalTransitionException;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Drives an order through reserve, pay and confirm. Each call carries an idempotency key derived
 * from the order, each outcome is recorded before the next step, and an in-doubt call is settled
 * by asking the participant; what cannot be settled now is left for recovery. Running it again on
 * the same order (a retry, a duplicate request, the recovery worker) is always safe.
 */
@ApplicationScoped
public class OrderSaga {

    private static final Logger LOG = Logger.getLogger(OrderSaga.class);

    private final OrderLedger ledger;
    private final Inventory inventory;
    private final Payments payments;

    public OrderSaga(OrderLedger ledger, Inventory inventory, Payments payments) {
        this.ledger = ledger;
        this.inventory = inventory;
        this.payments = payments;
    }

    /** Advances the order as far as it can go now and returns it. */
    public Order advance(OrderId id) {
        Order order = ledger.load(id);
        while (!order.status().isTerminal() && order.status() != OrderStatus.FULFILLMENT_CREATED) {
            OrderStatus before = order.status();
            try {
                order = switch (before) {
                    case NEW -> reserve(order);
                    case RESERVED -> pay(order);
                    case PAID -> confirm(order);
                    default -> order;
                };
            } catch (IllegalTransitionException e) {
                // A cancellation won the race; it compensates what it finds.
                return ledger.load(id);
            }
            if (order.status() == before) {
                return order;
            }
        }
        return order;
    }

    static String reserveKey(OrderId id) {
        return "order-" + id + ":reserve";
    }

    static String payKey(OrderId id) {
        return "order-" + id + ":pay";
    }

    private Order reserve(Order order) {
        ReservationOutcome outcome = inventory.reserve(order.id(), order.lines(), reserveKey(order.id()));
        if (outcome instanceof ReservationOutcome.InDoubt) {
            outcome = settled(inventory.findReservation(order.id()), outcome);
        }
        if (outcome instanceof ReservationOutcome.Reserved r) {
            if (r.isHeldOrConfirmed()) {
                Order recorded = ledger.recordReserved(order.id(), r.reservationId(), r.lines());
                if (recorded.status() == OrderStatus.CANCELLED) {
                    inventory.release(r.reservationId()); // cancelled while we reserved: give the stock back
                }
                return recorded;
            }
            return ledger.fail(order.id(), FailureCode.RESERVATION_EXPIRED, "the stock reservation "
                            + r.reservationId() + " was " + r.status() + " before it was recorded");
        }
        if (outcome instanceof ReservationOutcome.OutOfStock o) {
            return ledger.fail(order.id(), FailureCode.OUT_OF_STOCK, o.detail());
        }
        if (outcome instanceof ReservationOutcome.Rejected r) {
            return ledger.fail(order.id(), FailureCode.REJECTED, r.detail());
        }
        return inDoubt(order, "reserve: " + (outcome instanceof ReservationOutcome.InDoubt d
                ? d.cause() : "no answer and no reservation yet"));
    }

    private static ReservationOutcome settled(ReservationOutcome answer, ReservationOutcome original) {
        return answer instanceof ReservationOutcome.Absent ? original : answer;
    }

    private Order pay(Order order) {
        if (order.pricedLines() == null) {
            throw new IllegalStateException("order " + order.id() + " is RESERVED without prices");
        }
        PaymentOutcome outcome = payments.pay(order.id(), order.sagaIds().reservationId(), order.total(),
                ledger.paymentToken(order.id()), order.shippingAddress(), payKey(order.id()));
        if (outcome instanceof PaymentOutcome.InDoubt || outcome instanceof PaymentOutcome.Rejected) {
            // A refusal is only final if S3 holds no payment for the order: never fail a paid order.
            PaymentOutcome answer = payments.findPayment(order.id());
            outcome = answer instanceof PaymentOutcome.Absent ? outcome : answer;
        }
        if (outcome instanceof PaymentOutcome.Captured c) {
            Order recorded = ledger.recordPaid(order.id(), c.paymentId(), c.fulfillmentId());
            if (recorded.status() == OrderStatus.CANCELLED) {
                payments.refund(c.paymentId()); // cancelled while we charged: give the money back
            }
            return recorded;
        }
        if (outcome instanceof PaymentOutcome.Declined d) {
            return releaseThenFail(order, FailureCode.PAYMENT_DECLINED, "payment declined: " + d.reason());
        }
        if (outcome instanceof PaymentOutcome.Rejected r) {
            return releaseThenFail(order, FailureCode.REJECTED, r.detail());
        }
        if (outcome instanceof PaymentOutcome.Refunded) {
            return releaseThenFail(order, FailureCode.REJECTED, "the payment was refunded before it was recorded");
        }
        return inDoubt(order, "pay: " + (outcome instanceof PaymentOutcome.InDoubt d
                ? d.cause() : "no answer and no payment yet"));
    }

    /** A FAILED order holds no stock: the reservation is released first, the failure recorded after. */
    private Order releaseThenFail(Order order, FailureCode code, String reason) {
        StepOutcome released = inventory.release(order.sagaIds().reservationId());
        if (released instanceof StepOutcome.InDoubt d) {
            return inDoubt(order, "release after '" + reason + "': " + d.cause());
        }
        return ledger.fail(order.id(), code, reason);
    }

    private Order confirm(Order order) {
        StepOutcome confirmed = inventory.confirm(order.sagaIds().reservationId());
        if (confirmed instanceof StepOutcome.Done) {
            return ledger.complete(order.id());
        }
        if (confirmed instanceof StepOutcome.Refused r) {
            return refundThenFail(order, r.reason());
        }
        return inDoubt(order, "confirm: " + ((StepOutcome.InDoubt) confirmed).cause());
    }

    /** Paid, but the stock is gone (the reservation expired): the customer gets the money back. */
    private Order refundThenFail(Order order, String why) {
        StepOutcome refunded = payments.refund(order.sagaIds().paymentId());
        if (refunded instanceof StepOutcome.InDoubt d) {
            return inDoubt(order, "refund after failed confirmation: " + d.cause());
        }
        return ledger.fail(order.id(), FailureCode.RESERVATION_EXPIRED,
                "stock could not be confirmed (" + why + "); the payment was refunded");
    }

    private Order inDoubt(Order order, String error) {
        LOG.warnf("order %s left %s, in doubt: %s", order.id(), order.status(), error);
        ledger.recordInDoubt(order.id(), error);
        return ledger.load(order.id());
    }
}
