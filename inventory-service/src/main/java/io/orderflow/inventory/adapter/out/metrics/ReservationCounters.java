package io.orderflow.inventory.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.inventory.domain.InventoryEvent;
import io.orderflow.inventory.domain.ReservationConfirmed;
import io.orderflow.inventory.domain.ReservationExpired;
import io.orderflow.inventory.domain.StockReleased;
import io.orderflow.inventory.domain.StockReserved;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code orderflow_inventory_reservations_total{outcome}}: made, confirmed, released and expired reservations,
 * counted from the event each change announces (so a repeated command that changes nothing counts nothing).
 * Refusals (out of stock) are counted where they are answered, under the same name (adapter/in/rest).
 */
@Startup
@ApplicationScoped
public class ReservationCounters {

    public static final String NAME = "orderflow.inventory.reservations";

    private final Counter made;
    private final Counter confirmed;
    private final Counter released;
    private final Counter expired;

    public ReservationCounters(MeterRegistry registry) {
        made = counter(registry, "made");
        confirmed = counter(registry, "confirmed");
        released = counter(registry, "released");
        expired = counter(registry, "expired");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(NAME).description("Reservation commands by outcome").tag("outcome", outcome)
                .register(registry);
    }

    /** Counts the change an event announces. */
    public void announced(InventoryEvent event) {
        if (event instanceof StockReserved) {
            made.increment();
        } else if (event instanceof ReservationConfirmed) {
            confirmed.increment();
        } else if (event instanceof StockReleased) {
            released.increment();
        } else if (event instanceof ReservationExpired) {
            expired.increment();
        }
    }
}
