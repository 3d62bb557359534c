package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.Sku;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** inventory-service as a state machine for one order, answering each command as a test scripts it. */
final class FakeInventory implements Inventory {

    enum State { NONE, HELD, CONFIRMED, RELEASED, EXPIRED }

    static final long UNIT_PRICE = 250;

    final Script reserveScript = new Script();
    final Script confirmScript = new Script();
    final Script cancelScript = new Script();
    State state = State.NONE;
    boolean fenced;
    private final UUID reservationId = UUID.randomUUID();
    private List<PricedLine> lines = List.of();

    /** Every lookup asked, and the SKUs the catalogue does not hold. */
    final List<List<Sku>> lookups = new java.util.ArrayList<>();
    final java.util.Set<Sku> unknown = new java.util.HashSet<>();

    @Override
    public List<CatalogueEntry> lookup(Collection<Sku> skus) {
        lookups.add(List.copyOf(skus));
        return skus.stream().filter(s -> !unknown.contains(s)).map(s -> new CatalogueEntry(s, "EUR", UNIT_PRICE))
                .toList();
    }

    @Override
    public ReservationOutcome reserve(OrderId order, List<OrderLine> ordered, String idempotencyKey) {
        return reserveScript.run(
                () -> {
                    if (fenced) {
                        return;
                    }
                    if (reserveScript.answer != Script.Answer.REFUSED && state == State.NONE) {
                        lines = ordered.stream().map(l -> new PricedLine(l.sku(), l.quantity(), UNIT_PRICE)).toList();
                        state = State.HELD;
                    }
                },
                () -> {
                    if (fenced && state == State.NONE) {
                        return new ReservationOutcome.OrderCancelled("order " + order + " was cancelled");
                    }
                    if (reserveScript.answer == Script.Answer.REFUSED) {
                        return new ReservationOutcome.OutOfStock("not enough stock");
                    }
                    return found();
                },
                ReservationOutcome.InDoubt::new);
    }

    @Override
    public ReservationOutcome findReservation(OrderId order) {
        return state == State.NONE ? new ReservationOutcome.Absent() : found();
    }

    @Override
    public StepOutcome confirm(UUID id) {
        return confirmScript.run(
                () -> {
                    if (state == State.HELD) {
                        state = confirmScript.answer == Script.Answer.REFUSED ? State.EXPIRED : State.CONFIRMED;
                    }
                },
                () -> state == State.CONFIRMED ? new StepOutcome.Done()
                        : new StepOutcome.Refused("reservation " + id + " is " + state),
                StepOutcome.InDoubt::new);
    }

    @Override
    public StepOutcome release(UUID id) {
        releaseHeldStock();
        return new StepOutcome.Done();
    }

    @Override
    public CancellationOutcome cancelOrder(OrderId order) {
        return cancelScript.run(
                () -> {
                    fenced = true;
                    releaseHeldStock();
                },
                CancellationOutcome.Compensated::new,
                CancellationOutcome.InDoubt::new);
    }

    private void releaseHeldStock() {
        if (state == State.HELD || state == State.CONFIRMED) {
            state = State.RELEASED;
        }
    }

    private ReservationOutcome found() {
        return new ReservationOutcome.Reserved(reservationId, ReservationOutcome.Status.valueOf(state.name()), lines);
    }
}
