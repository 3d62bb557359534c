package io.orderflow.order.application;

import io.orderflow.observability.OrderLogContext;
import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Drives an order through reserve, pay and confirm, or, once a cancellation is recorded, through
 * compensation. Each call carries an idempotency key derived from the order, each outcome is recorded
 * before the next step, and an in-doubt call is settled by asking the participant; what cannot be
 * settled now is left for recovery. Running it again on the same order (a retry, a duplicate request,
 * the recovery worker, a concurrent cancel) is always safe.
 */
@ApplicationScoped
public class OrderSaga {

    private static final Logger LOG = Logger.getLogger(OrderSaga.class);

    private final OrderLedger ledger;
    private final Inventory inventory;
    private final Payments payments;
    private final PaymentTokens tokens;
    private final SagaMetrics metrics;

    public OrderSaga(OrderLedger ledger, Inventory inventory, Payments payments, PaymentTokens tokens,
                     SagaMetrics metrics) {
        this.ledger = ledger;
        this.inventory = inventory;
        this.payments = payments;
        this.tokens = tokens;
        this.metrics = metrics;
    }

    /** Advances the order as far as it can go now and returns it. Its log lines carry its id. */
    public Order advance(OrderId id) {
        return OrderLogContext.with(id, () -> advanceFrom(ledger.load(id)));
    }

    /**
     * The same, from a state of the order its caller just recorded (no need to read it again). Each step
     * records its outcome only if the order still stands where this copy says, and returns it as committed.
     */
    public Order advance(Order recorded) {
        return OrderLogContext.with(recorded.id(), () -> advanceFrom(recorded));
    }

    private Order advanceFrom(Order start) {
        OrderId id = start.id();
        Order order = start;
        while (order.status().isUnfinished()) {
            OrderStatus before = order.status();
            order = switch (before) {
                case NEW -> reserve(order);
                case RESERVED -> pay(order);
                case PAID -> confirm(order);
                case CANCELLING -> compensate(order);
                default -> order;
            };
            if (order.status() == before) {
                return order;
            }
            LOG.info("order " + id + ": " + before + " -> " + order.status());
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
        ReservationOutcome outcome = timed(SagaMetrics.Step.RESERVE, () -> {
            ReservationOutcome reply = inventory.reserve(order.id(), order.lines(), reserveKey(order.id()));
            if (reply instanceof ReservationOutcome.InDoubt) {
                ReservationOutcome answer = inventory.findReservation(order.id());
                return answer instanceof ReservationOutcome.Absent ? reply : answer;
            }
            return reply;
        });
        if (outcome instanceof ReservationOutcome.Reserved r) {
            return r.isHeldOrConfirmed() ? ledger.recordReserved(order.id(), r.reservationId(), r.lines())
                    : ledger.fail(order.id(), FailureCode.RESERVATION_EXPIRED, "the stock reservation "
                            + r.reservationId() + " was " + r.status() + " before it was recorded");
        }
        if (outcome instanceof ReservationOutcome.OutOfStock o) {
            return ledger.fail(order.id(), FailureCode.OUT_OF_STOCK, o.detail());
        }
        if (outcome instanceof ReservationOutcome.Rejected r) {
            return ledger.fail(order.id(), FailureCode.REJECTED, r.detail());
        }
        if (outcome instanceof ReservationOutcome.OrderCancelled c) {
            return cancelledElsewhere(order, "reserve: " + c.detail());
        }
        return inDoubt(order, "reserve: " + (outcome instanceof ReservationOutcome.InDoubt d
                ? d.cause() : "no answer and no reservation yet"));
    }

    private Order pay(Order order) {
        if (order.pricedLines() == null) {
            throw new IllegalStateException("order " + order.id() + " is RESERVED without prices");
        }
        PaymentOutcome outcome = timed(SagaMetrics.Step.PAY, () -> {
            PaymentOutcome reply = payments.pay(order.id(), order.sagaIds().reservationId(), order.total(),
                    tokens.tokenFor(order.id()), order.shippingAddress(), payKey(order.id()));
            if (reply instanceof PaymentOutcome.InDoubt || reply instanceof PaymentOutcome.Rejected) {
                // A refusal is only final if S3 holds no payment for the order: never fail a paid order.
                PaymentOutcome answer = payments.findPayment(order.id());
                return answer instanceof PaymentOutcome.Absent ? reply : answer;
            }
            return reply;
        });
        if (outcome instanceof PaymentOutcome.Captured c) {
            return ledger.recordPaid(order.id(), c.paymentId(), c.fulfillmentId());
        }
        if (outcome instanceof PaymentOutcome.Declined d) {
            return releaseThenFail(order, FailureCode.PAYMENT_DECLINED, "payment declined: " + d.reason());
        }
        if (outcome instanceof PaymentOutcome.Voided v) {
            return releaseThenFail(order, FailureCode.PAYMENT_FAILED, v.reason());
        }
        if (outcome instanceof PaymentOutcome.Rejected r) {
            return releaseThenFail(order, FailureCode.REJECTED, r.detail());
        }
        if (outcome instanceof PaymentOutcome.Refunded) {
            return releaseThenFail(order, FailureCode.REJECTED, "the payment was refunded before it was recorded");
        }
        if (outcome instanceof PaymentOutcome.OrderCancelled c) {
            return cancelledElsewhere(order, "pay: " + c.detail());
        }
        return inDoubt(order, "pay: " + (outcome instanceof PaymentOutcome.InDoubt d
                ? d.cause() : "no answer and no payment yet"));
    }

    /** A FAILED order holds no stock: the reservation is released first, the failure recorded after. */
    private Order releaseThenFail(Order order, FailureCode code, String reason) {
        StepOutcome released = timed(SagaMetrics.Step.RELEASE,
                () -> inventory.release(order.sagaIds().reservationId()));
        if (released instanceof StepOutcome.InDoubt d) {
            return inDoubt(order, "release after '" + reason + "': " + d.cause());
        }
        return ledger.fail(order.id(), code, reason);
    }

    private Order confirm(Order order) {
        StepOutcome confirmed = timed(SagaMetrics.Step.CONFIRM,
                () -> inventory.confirm(order.sagaIds().reservationId()));
        if (confirmed instanceof StepOutcome.Done) {
            return ledger.complete(order.id());
        }
        if (confirmed instanceof StepOutcome.Refused r) {
            return refundThenFail(order, r.reason());
        }
        return inDoubt(order, "confirm: " + ((StepOutcome.InDoubt) confirmed).cause());
    }

    /**
     * Paid, but the stock is gone (the reservation expired): the customer gets the money back. A refused
     * refund (the shipment already left) is not a refund: a person has to sort that order out.
     */
    private Order refundThenFail(Order order, String why) {
        StepOutcome refunded = timed(SagaMetrics.Step.REFUND, () -> payments.refund(order.sagaIds().paymentId()));
        if (refunded instanceof StepOutcome.InDoubt d) {
            return inDoubt(order, "refund after failed confirmation: " + d.cause());
        }
        if (refunded instanceof StepOutcome.Refused r) {
            return inDoubt(order, "stock could not be confirmed (" + why + ") and the refund was refused: "
                    + r.reason());
        }
        return ledger.fail(order.id(), FailureCode.RESERVATION_EXPIRED,
                "stock could not be confirmed (" + why + "); the payment was refunded");
    }

    /**
     * Compensation, in the order that keeps money safe: S3 first (refund or void the charge, cancel the
     * shipment request, refuse late payments; it alone knows whether the shipment left), then S2.
     */
    private Order compensate(Order order) {
        CancellationOutcome payment = timed(SagaMetrics.Step.CANCEL_PAYMENT, () -> payments.cancelOrder(order.id()));
        if (payment instanceof CancellationOutcome.ShipmentDispatched s) {
            LOG.infof("order %s cannot be cancelled: %s", order.id(), s.detail());
            return ledger.refuseCancel(order.id());
        }
        if (payment instanceof CancellationOutcome.InDoubt d) {
            return inDoubt(order, "cancel at payment-fulfillment-service: " + d.cause());
        }
        CancellationOutcome stock = timed(SagaMetrics.Step.CANCEL_STOCK, () -> inventory.cancelOrder(order.id()));
        if (stock instanceof CancellationOutcome.Compensated) {
            return ledger.cancelled(order.id());
        }
        return inDoubt(order, "cancel at inventory-service: " + stock);
    }

    /** A participant refused a step because the order was cancelled: the ledger must say so too. */
    private Order cancelledElsewhere(Order order, String detail) {
        Order now = ledger.load(order.id());
        return now.status() == order.status() ? inDoubt(order, detail + " (but the order is not cancelling here)")
                : now;
    }

    /** Runs one participant call (with its follow-up question) and reports how long it took and how it went. */
    private <T> T timed(SagaMetrics.Step step, Supplier<T> call) {
        long start = System.nanoTime();
        try {
            T answer = call.get();
            metrics.stepFinished(step, SagaMetrics.StepResult.of(answer), Duration.ofNanos(System.nanoTime() - start));
            return answer;
        } catch (RuntimeException e) {
            metrics.stepFinished(step, SagaMetrics.StepResult.ERROR, Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
    }

    private Order inDoubt(Order order, String error) {
        LOG.warnf("order %s left %s, in doubt: %s", order.id(), order.status(), error);
        ledger.recordInDoubt(order.id(), error);
        return ledger.load(order.id());
    }
}
