package io.orderflow.stack.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.stack.check.InventorySnapshot.Line;
import io.orderflow.stack.check.InventorySnapshot.Reservation;
import io.orderflow.stack.check.InventorySnapshot.Sku;
import io.orderflow.stack.check.OrdersSnapshot.Order;
import io.orderflow.stack.check.PaymentsSnapshot.Fulfillment;
import io.orderflow.stack.check.PaymentsSnapshot.Payment;
import io.orderflow.stack.check.ProviderSnapshot.Charge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    // Fulfilled order A, failed order B (declined), cancelled order C (refunded), failed order D (nothing made).
    private final UUID a = id(), b = id(), c = id(), d = id(), unknownOrder = id();
    private final UUID resA = id(), resB = id(), resC = id(), payA = id(), payB = id(), payC = id();
    private final UUID fulA = id(), fulC = id(), eventA = id(), eventB = id();

    private final List<Order> orders = new ArrayList<>(List.of(
            order(a, "FULFILLMENT_CREATED", resA, payA, fulA),
            order(b, "FAILED", resB, payB, null),
            order(c, "CANCELLED", resC, payC, fulC),
            order(d, "FAILED", null, null, null)));
    private final List<Sku> skus = new ArrayList<>(List.of(new Sku("SKU-1", 10, 0, 2), new Sku("SKU-2", 5, 0, 0)));
    private final List<Reservation> reservations = new ArrayList<>(List.of(
            new Reservation(resA, a, "CONFIRMED", List.of(new Line("SKU-1", 2))),
            new Reservation(resB, b, "RELEASED", List.of(new Line("SKU-1", 1))),
            new Reservation(resC, c, "EXPIRED", List.of(new Line("SKU-2", 4))),
            // Left over by a saga whose order was never written: finished, so not an orphan.
            new Reservation(id(), unknownOrder, "RELEASED", List.of(new Line("SKU-2", 1)))));
    private final List<Payment> payments = new ArrayList<>(List.of(
            new Payment(payA, a, "key-a", "CAPTURED", "ch_a", 1000),
            new Payment(payB, b, "key-b", "DECLINED", "ch_b", 500),
            new Payment(payC, c, "key-c", "REFUNDED", "ch_c", 700),
            new Payment(id(), unknownOrder, "key-x", "DECLINED", null, 300)));
    private final List<Fulfillment> fulfillments = new ArrayList<>(List.of(
            new Fulfillment(fulA, a, payA, "REQUESTED"),
            new Fulfillment(fulC, c, payC, "CANCELLED")));
    private final List<Charge> charges = new ArrayList<>(List.of(
            charge("ch_a", "succeeded", "key-a", false),
            charge("ch_b", "failed", "key-b", false),
            charge("ch_c", "succeeded", "key-c", true)));
    private final List<OutboxSnapshot.Row> outbox = new ArrayList<>(List.of(
            new OutboxSnapshot.Row("orders", eventA, "order", a.toString(), "OrderFulfillmentCreated"),
            new OutboxSnapshot.Row("payments", eventB, "payment", b.toString(), "PaymentDeclined"),
            new OutboxSnapshot.Row("orders", id(), "benchmark", "run-1", "BenchmarkTick")));
    private final Map<String, Set<String>> events = new HashMap<>(Map.of(
            "order.events", new HashSet<>(Set.of(eventA.toString())),
            "inventory.events", new HashSet<>(),
            "payment.events", new HashSet<>(Set.of(eventB.toString().toUpperCase()))));
    private final List<String> unreadPartitions = new ArrayList<>();

    @Test
    void aConsistentSnapshotHasNoViolations() {
        assertThat(check()).isEmpty();
    }

    @Test
    void fulfilledOrderNeedsItsConfirmedReservationCapturedPaymentAndRequestedFulfillment() {
        replace(reservations, r -> r.id().equals(resA), r -> new Reservation(r.id(), a, "RELEASED", r.lines()));
        fulfillments.removeIf(f -> f.id().equals(fulA));
        assertThat(subjects(Rules.FULFILLED_ORDER)).containsExactly(a.toString(), a.toString());
        assertThat(messages(Rules.FULFILLED_ORDER)).anyMatch(m -> m.contains("CONFIRMED reservation")
                && m.contains(resA + " RELEASED"));
    }

    @Test
    void fulfilledOrderMustPointAtTheParticipantRows() {
        replace(orders, o -> o.id().equals(a), o -> order(a, "FULFILLMENT_CREATED", resA, id(), fulA));
        assertThat(messages(Rules.FULFILLED_ORDER)).singleElement().asString().contains("CAPTURED payment");
    }

    @Test
    void failedOrderMustNotHoldStockOrMoney() {
        replace(reservations, r -> r.id().equals(resB), r -> new Reservation(r.id(), b, "HELD", r.lines()));
        replace(skus, s -> s.sku().equals("SKU-1"), s -> new Sku("SKU-1", 9, 1, 2));
        replace(payments, p -> p.id().equals(payB), p -> new Payment(payB, b, "key-b", "PENDING", null, 500));
        replace(charges, ch -> ch.id().equals("ch_b"), ch -> charge("ch_b", "succeeded", "key-b", false));
        // The charge is found through the idempotency key although the payment never recorded it.
        assertThat(messages(Rules.FAILED_ORDER_RELEASED)).hasSize(3)
                .anyMatch(m -> m.contains("reservation " + resB + " is HELD"))
                .anyMatch(m -> m.contains("payment " + payB + " in status PENDING"))
                .anyMatch(m -> m.contains("unrefunded charge ch_b"));
    }

    @Test
    void cancelledOrderWhoseRefundDidNotReachTheProviderHoldsMoney() {
        replace(charges, ch -> ch.id().equals("ch_c"), ch -> charge("ch_c", "succeeded", "key-c", false));
        assertThat(subjects(Rules.FAILED_ORDER_RELEASED)).containsExactly(c.toString());
        assertThat(messages(Rules.CHARGE_MATCHES_PAYMENT)).singleElement().asString().contains("not refunded");
    }

    @Test
    void stockBucketsMustMatchTheReservationLines() {
        replace(skus, s -> s.sku().equals("SKU-1"), s -> new Sku("SKU-1", -1, 3, 1));
        assertThat(messages(Rules.STOCK_CONSERVED)).hasSize(3)
                .anyMatch(m -> m.contains("negative"))
                .anyMatch(m -> m.contains("reserved is 3 but HELD reservation lines hold 0"))
                .anyMatch(m -> m.contains("shipped is 1 but CONFIRMED reservation lines hold 2"));
    }

    @Test
    void heldLinesCountAsReservedStock() {
        UUID open = id();
        orders.add(order(open, "RESERVED", id(), null, null));
        reservations.add(new Reservation(orders.get(4).reservationId(), open, "HELD", List.of(new Line("SKU-2", 3))));
        replace(skus, s -> s.sku().equals("SKU-2"), s -> new Sku("SKU-2", 2, 3, 0));
        assertThat(check()).extracting(Violation::rule).containsExactly(Rules.STUCK_ORDER);
    }

    @Test
    void succeededChargeNeedsExactlyOnePayment() {
        charges.add(charge("ch_lost", "succeeded", "key-lost", false));
        charges.add(charge("ch_declined", "failed", "key-other", false));
        assertThat(subjects(Rules.CHARGE_MATCHES_PAYMENT)).containsExactly("ch_lost");
    }

    @Test
    void paymentsMustAgreeWithTheProviderAndTheFulfillments() {
        UUID e = id(), f = id(), g = id();
        orders.add(order(e, "FULFILLMENT_CREATED", null, null, null)); // its own violations are not under test
        orders.add(order(f, "CANCELLED", null, null, null));
        orders.add(order(g, "FULFILLMENT_CREATED", null, null, null));
        UUID payE = id(), payG = id();
        payments.add(new Payment(payE, e, "key-e", "CAPTURED", null, 100));
        payments.add(new Payment(id(), f, "key-f", "REFUNDED", "ch_missing", 100));
        payments.add(new Payment(payG, g, "key-g", "CAPTURED", "ch_g", 100));
        fulfillments.add(new Fulfillment(id(), g, payG, "REQUESTED"));
        charges.add(charge("ch_g", "succeeded", "key-g", true));
        fulfillments.add(new Fulfillment(id(), c, payC, "REQUESTED"));
        assertThat(messages(Rules.CHARGE_MATCHES_PAYMENT))
                .anyMatch(m -> m.contains("payment " + payE + " has no provider_charge_id"))
                .anyMatch(m -> m.contains("payment " + payE + " has no REQUESTED or DISPATCHED fulfillment"))
                .anyMatch(m -> m.contains("ch_missing, which the provider does not have"))
                .anyMatch(m -> m.contains("CAPTURED payment " + payG + " but its charge ch_g is succeeded and refunded"))
                .anyMatch(m -> m.contains("REFUNDED payment " + payC + " still has a live fulfillment"))
                .hasSize(5);
    }

    @Test
    void everyOutboxRowMustBeOnItsTopic() {
        UUID lost = id(), misrouted = id();
        outbox.add(new OutboxSnapshot.Row("inventory", lost, "inventory", c.toString(), "StockReleased"));
        outbox.add(new OutboxSnapshot.Row("inventory", misrouted, "inventory", d.toString(), "StockReleased"));
        events.get("order.events").add(misrouted.toString());
        unreadPartitions.add("payment.events-1 at 3 of 7");
        assertThat(check()).filteredOn(v -> v.rule().equals(Rules.OUTBOX_PUBLISHED))
                .extracting(Violation::subject)
                .containsExactly("payment.events-1 at 3 of 7", c.toString(), d.toString());
    }

    @Test
    void aDeadOutboxRowIsAViolationEvenWhenTheRelayWillNeverRetryIt() {
        UUID dead = id();
        outbox.add(new OutboxSnapshot.Row("inventory", dead, "inventory", c.toString(), "StockReleased", true));
        assertThat(messages(Rules.OUTBOX_PUBLISHED)).singleElement().asString()
                .contains("outbox row " + dead, "is dead", "inventory.events");
    }

    @Test
    void openOrdersAreStuck() {
        UUID stuck = id();
        orders.add(new Order(stuck, "PAID", id(), id(), null, null, 7, "provider timeout", NOW));
        assertThat(check()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rules.STUCK_ORDER);
            assertThat(v.subject()).isEqualTo(stuck.toString());
            assertThat(v.message()).contains("PAID", "7 attempts", "provider timeout");
        });
    }

    @Test
    void anOrderLeftCancellingIsStuck() {
        UUID stuck = id();
        orders.add(new Order(stuck, "CANCELLING", null, null, null, null, 10, "refund in doubt", NOW));
        assertThat(check()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rules.STUCK_ORDER);
            assertThat(v.message()).contains("CANCELLING");
        });
    }

    @Test
    void aRefundedPaymentWhoseShipmentWasDispatchedContradictsItself() {
        UUID order = id();
        UUID payment = id();
        orders.add(order(order, "CANCELLED", null, null, null));
        payments.add(new Payment(payment, order, "key-x", "REFUNDED", "ch_x", 100));
        charges.add(charge("ch_x", "succeeded", "key-x", true));
        fulfillments.add(new Fulfillment(id(), order, payment, "DISPATCHED"));
        assertThat(messages(Rules.CHARGE_MATCHES_PAYMENT))
                .containsExactly("REFUNDED payment " + payment + " still has a live fulfillment: "
                        + fulfillments.get(fulfillments.size() - 1).id() + " DISPATCHED");
    }

    @Test
    void activeRowsOfUnknownOrdersAreOrphans() {
        UUID ghost = id();
        reservations.add(new Reservation(id(), ghost, "HELD", List.of(new Line("SKU-2", 1))));
        replace(skus, s -> s.sku().equals("SKU-2"), s -> new Sku("SKU-2", 4, 1, 0));
        payments.add(new Payment(id(), ghost, "key-ghost", "PENDING", null, 100));
        assertThat(check()).extracting(Violation::rule, Violation::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rules.ORPHAN, ghost.toString()),
                org.assertj.core.groups.Tuple.tuple(Rules.ORPHAN, ghost.toString()));
    }

    @Test
    void reportCountsPerRuleAndEndsWithTheTotals() {
        orders.add(order(id(), "NEW", null, null, null));
        Report report = new Report(orders.size(), check());
        assertThat(report.consistent()).isFalse();
        assertThat(report.countsByRule()).containsEntry(Rules.STUCK_ORDER, 1).containsEntry(Rules.ORPHAN, 0)
                .hasSize(Rules.ALL.size());
        assertThat(report.lines()).last().isEqualTo("consistency: 5 orders, 1 violations");
        assertThat(new Report(4, List.of()).lines()).last().isEqualTo("consistency: 4 orders, 0 violations");
    }

    private List<Violation> check() {
        return Rules.check(new Snapshot(new OrdersSnapshot(orders), new InventorySnapshot(skus, reservations),
                new PaymentsSnapshot(payments, fulfillments), new ProviderSnapshot(charges),
                new OutboxSnapshot(outbox), new EventsSnapshot(events, unreadPartitions)));
    }

    private List<String> subjects(String rule) {
        return check().stream().filter(v -> v.rule().equals(rule)).map(Violation::subject).toList();
    }

    private List<String> messages(String rule) {
        return check().stream().filter(v -> v.rule().equals(rule)).map(Violation::message).toList();
    }

    private static <T> void replace(List<T> rows, Predicate<T> which, UnaryOperator<T> change) {
        rows.replaceAll(row -> which.test(row) ? change.apply(row) : row);
    }

    private static Order order(UUID id, String status, UUID reservationId, UUID paymentId, UUID fulfillmentId) {
        return new Order(id, status, reservationId, paymentId, fulfillmentId, null, 1, null, null);
    }

    private static Charge charge(String id, String status, String key, boolean refunded) {
        return new Charge(id, status, 1000, "EUR", key, refunded, NOW);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }
}
