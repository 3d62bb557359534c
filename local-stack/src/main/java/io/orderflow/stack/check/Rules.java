package io.orderflow.stack.check;

import java.util.ArrayList;
import java.util.List;

/** The invariants of the platform, compared over a {@link Snapshot} without any I/O. */
public final class Rules {

    /** 1: a FULFILLMENT_CREATED order has its CONFIRMED reservation, CAPTURED payment and live (REQUESTED or
     * DISPATCHED) fulfillment. */
    public static final String FULFILLED_ORDER = "fulfilled-order";
    /** 2: a FAILED or CANCELLED order holds no stock and no money. */
    public static final String FAILED_ORDER_RELEASED = "failed-order-released";
    /** 3: the stock buckets of a SKU match its reservation lines. */
    public static final String STOCK_CONSERVED = "stock-conserved";
    /** 4: provider charges and payments agree one to one, and payments agree with fulfillments. */
    public static final String CHARGE_MATCHES_PAYMENT = "charge-matches-payment";
    /** 5: every outbox row reached its topic. */
    public static final String OUTBOX_PUBLISHED = "outbox-published";
    /** 6: an order is not left NEW, RESERVED, PAID or CANCELLING. */
    public static final String STUCK_ORDER = "stuck-order";
    /** 7: an active reservation or payment belongs to an order that exists. */
    public static final String ORPHAN = "orphan";

    public static final List<String> ALL = List.of(FULFILLED_ORDER, FAILED_ORDER_RELEASED, STOCK_CONSERVED,
            CHARGE_MATCHES_PAYMENT, OUTBOX_PUBLISHED, STUCK_ORDER, ORPHAN);

    private Rules() {
    }

    /** Every violation of every rule, in rule order. */
    public static List<Violation> check(Snapshot snapshot) {
        Index index = new Index(snapshot);
        List<Violation> violations = new ArrayList<>();
        OrderRules.fulfilledOrders(snapshot, index, violations);
        OrderRules.failedOrders(snapshot, index, violations);
        StockRule.check(snapshot.inventory(), violations);
        ChargeRules.check(snapshot, index, violations);
        OutboxRule.check(snapshot.outbox(), snapshot.events(), violations);
        OrderRules.stuckOrders(snapshot, violations);
        OrderRules.orphans(snapshot, index, violations);
        return violations;
    }
}
