package io.orderflow.stack.check;

/** Everything the rules compare, read from all sources. */
public record Snapshot(OrdersSnapshot orders, InventorySnapshot inventory, PaymentsSnapshot payments,
                       ProviderSnapshot provider, OutboxSnapshot outbox, EventsSnapshot events) {
}
