package io.orderflow.stack.check;

import static io.orderflow.stack.check.Index.describe;
import static io.orderflow.stack.check.Index.get;

import io.orderflow.stack.check.InventorySnapshot.Reservation;
import io.orderflow.stack.check.OrdersSnapshot.Order;
import io.orderflow.stack.check.PaymentsSnapshot.Payment;
import io.orderflow.stack.check.ProviderSnapshot.Charge;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Rules 1, 2, 6 and 7: each order against the rows the other services keep for it. */
final class OrderRules {

    private static final Set<String> FAILED = Set.of("FAILED", "CANCELLED");
    private static final Set<String> OPEN = Set.of("NEW", "RESERVED", "PAID", "CANCELLING");
    private static final Set<String> RESERVATION_DONE = Set.of("RELEASED", "EXPIRED");
    private static final Set<String> PAYMENT_DONE = Set.of("DECLINED", "VOIDED", "REFUNDED");
    private static final Set<String> SHIPMENT_LIVE = Set.of("REQUESTED", "DISPATCHED");

    private OrderRules() {
    }

    static void fulfilledOrders(Snapshot s, Index index, List<Violation> out) {
        for (Order o : s.orders().orders()) {
            if (!"FULFILLMENT_CREATED".equals(o.status())) {
                continue;
            }
            exactlyOne(o, "reservation", Set.of("CONFIRMED"), o.reservationId(),
                    get(index.reservationsByOrder, o.id()), out);
            exactlyOne(o, "payment", Set.of("CAPTURED"), o.paymentId(), get(index.paymentsByOrder, o.id()), out);
            exactlyOne(o, "fulfillment", SHIPMENT_LIVE, o.fulfillmentId(), get(index.fulfillmentsByOrder, o.id()), out);
        }
    }

    private static void exactlyOne(Order o, String what, Set<String> wanted, UUID linkedId,
                                   List<? extends Participant> rows, List<Violation> out) {
        List<? extends Participant> matching = rows.stream().filter(r -> wanted.contains(r.status())).toList();
        if (matching.size() != 1 || !matching.get(0).id().equals(linkedId)) {
            out.add(new Violation(Rules.FULFILLED_ORDER, o.id().toString(), "FULFILLMENT_CREATED order needs exactly "
                    + "one " + String.join("/", wanted) + " " + what + ", the one in orders." + what + "_id (" + linkedId + "); found "
                    + describe(rows)));
        }
    }

    static void failedOrders(Snapshot s, Index index, List<Violation> out) {
        for (Order o : s.orders().orders()) {
            if (!FAILED.contains(o.status())) {
                continue;
            }
            String subject = o.id().toString();
            String prefix = o.status() + " order ";
            for (Reservation r : Index.ofOrder(index.reservationsByOrder, index.reservationsById, o.id(),
                    o.reservationId())) {
                if (!RESERVATION_DONE.contains(r.status())) {
                    out.add(new Violation(Rules.FAILED_ORDER_RELEASED, subject,
                            prefix + "still holds stock: reservation " + r.id() + " is " + r.status()));
                }
            }
            for (Payment p : Index.ofOrder(index.paymentsByOrder, index.paymentsById, o.id(), o.paymentId())) {
                if (!PAYMENT_DONE.contains(p.status())) {
                    out.add(new Violation(Rules.FAILED_ORDER_RELEASED, subject,
                            prefix + "has payment " + p.id() + " in status " + p.status()));
                }
                for (Charge c : index.chargesOf(p)) {
                    if (c.holdsMoney()) {
                        out.add(new Violation(Rules.FAILED_ORDER_RELEASED, subject, prefix + "has an unrefunded "
                                + "charge " + c.id() + " (" + c.amount() + " " + c.currency() + ") of payment "
                                + p.id()));
                    }
                }
            }
        }
    }

    static void stuckOrders(Snapshot s, List<Violation> out) {
        for (Order o : s.orders().orders()) {
            if (OPEN.contains(o.status())) {
                out.add(new Violation(Rules.STUCK_ORDER, o.id().toString(), "still " + o.status() + " after "
                        + o.attempts() + " attempts, last_error: " + o.lastError() + ", next_attempt_at: "
                        + o.nextAttemptAt()));
            }
        }
    }

    static void orphans(Snapshot s, Index index, List<Violation> out) {
        for (Reservation r : s.inventory().reservations()) {
            if (!index.orderIds.contains(r.orderId()) && !RESERVATION_DONE.contains(r.status())) {
                out.add(new Violation(Rules.ORPHAN, String.valueOf(r.orderId()), "reservation " + r.id() + " is "
                        + r.status() + " but order-service has no such order"));
            }
        }
        for (Payment p : s.payments().payments()) {
            if (!index.orderIds.contains(p.orderId()) && !PAYMENT_DONE.contains(p.status())) {
                out.add(new Violation(Rules.ORPHAN, String.valueOf(p.orderId()), "payment " + p.id() + " is "
                        + p.status() + " but order-service has no such order"));
            }
        }
    }
}
