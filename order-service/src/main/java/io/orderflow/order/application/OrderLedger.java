package io.orderflow.order.application;

import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderPlaced;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every change to an order, each in its own short transaction with the event that announces it. A final
 * status is counted where it is recorded, so a repeated step never counts an order twice (a transaction that
 * rolls back after the count, which is rare, over-counts by one).
 * The saga calls other services between these transactions, never inside one. Each recording is
 * conditional on where the order stands now, so a late or repeated step changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OrderLedger {

    private static final Logger LOG = Logger.getLogger(OrderLedger.class);

    private final Orders orders;
    private final PaymentTokens tokens;
    private final CustomerContacts contacts;
    private final RecoveryQueue recovery;
    private final OrderEvents events;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final SagaMetrics metrics;

    public OrderLedger(Orders orders, PaymentTokens tokens, CustomerContacts contacts, RecoveryQueue recovery,
                       OrderEvents events, Clock clock, RetryPolicy retryPolicy, SagaMetrics metrics) {
        this.orders = orders;
        this.tokens = tokens;
        this.contacts = contacts;
        this.recovery = recovery;
        this.events = events;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
    }

    public Order create(PlaceOrderCommand command, OrderId id) {
        Order order = Order.place(id, command.lines(), command.shippingAddress(), command.currency(), clock.instant());
        orders.add(order, command.customer(), command.idempotencyKey(), command.requestFingerprint());
        tokens.keep(id, command.paymentToken());
        if (command.contactEmail() != null) {
            contacts.remember(id, command.contactEmail());
        }
        events.publish(OrderPlaced.of(order));
        return order;
    }

    public Order recordReserved(OrderId id, UUID reservationId, List<PricedLine> lines) {
        Order order = orders.lock(id);
        if (order.status() == OrderStatus.NEW) {
            order.reserved(reservationId, lines);
            orders.save(order);
        }
        return order;
    }

    public Order recordPaid(OrderId id, UUID paymentId, UUID fulfillmentId) {
        Order order = orders.lock(id);
        if (order.status() == OrderStatus.RESERVED) {
            order.paid(paymentId, fulfillmentId);
            orders.save(order);
        }
        return order;
    }

    public Order complete(OrderId id) {
        Order order = orders.lock(id);
        if (order.status() == OrderStatus.PAID) {
            events.publish(order.fulfillmentCreated(clock.instant()));
            orders.save(order);
            metrics.sagaEnded(OrderStatus.FULFILLMENT_CREATED, null);
        }
        return order;
    }

    /** Fails the order unless a cancellation was recorded first (then compensation decides). */
    public Order fail(OrderId id, FailureCode code, String reason) {
        Order order = orders.lock(id);
        if (order.status().canMoveTo(OrderStatus.FAILED)) {
            events.publish(order.fail(code, reason, clock.instant()));
            orders.save(order);
            metrics.sagaEnded(OrderStatus.FAILED, code);
        }
        return order;
    }

    /**
     * Records the decision to cancel; compensation follows. A fresh start for recovery too: an order an
     * operator cancels after recovery gave up on it is worked on again.
     *
     * @throws io.orderflow.order.domain.IllegalTransitionException when the order failed
     */
    public Order requestCancel(OrderId id) {
        Order order = orders.lock(id);
        if (order.requestCancel()) {
            orders.save(order);
            recovery.restart(id, clock.instant().plus(retryPolicy.delayAfter(1)));
        }
        return order;
    }

    public Order cancelled(OrderId id) {
        Order order = orders.lock(id);
        if (order.status() == OrderStatus.CANCELLING) {
            events.publish(order.cancelled(clock.instant()));
            orders.save(order);
            metrics.sagaEnded(OrderStatus.CANCELLED, null);
        }
        return order;
    }

    public Order refuseCancel(OrderId id) {
        Order order = orders.lock(id);
        if (order.status() == OrderStatus.CANCELLING) {
            order.cancelRefused();
            orders.save(order);
        }
        return order;
    }

    /** Records an attempt that settled nothing; after too many, flags the order for a person. */
    public void recordInDoubt(OrderId id, String error) {
        Duration wait = retryPolicy.delayAfter(recovery.attempts(id) + 1);
        int attempts = recovery.recordAttempt(id, error, clock.instant().plus(wait));
        if (retryPolicy.exhausted(attempts)) {
            recovery.markNeedsAttention(id);
            LOG.errorf("order %s NEEDS ATTENTION after %d attempts; last error: %s", id, attempts, error);
        }
    }

    public List<OrderId> claimDue(Duration staleAfter, Duration lease, int limit) {
        var now = clock.instant();
        return recovery.claimDue(now, now.minus(staleAfter), now.plus(lease), limit);
    }

    public List<RecoveryQueue.Attention> needingAttention() {
        return recovery.needingAttention();
    }

    public void retryNow(OrderId id) {
        orders.lock(id);
        recovery.restart(id, clock.instant());
    }

    public java.util.Optional<String> ownerOf(OrderId id) {
        return orders.ownerOf(id);
    }

    public java.util.Optional<Orders.IdempotentRequest> findByIdempotencyKey(String customer, String key) {
        return orders.findByIdempotencyKey(customer, key);
    }

    /** The order as committed now (a short transaction of its own, never a stale copy). */
    public Order load(OrderId id) {
        return orders.find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
