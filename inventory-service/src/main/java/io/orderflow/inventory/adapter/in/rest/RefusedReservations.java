package io.orderflow.inventory.adapter.in.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code orderflow_inventory_reservations_total{outcome="refused"}}: reservations answered 422 out of stock. The
 * other outcomes of the same counter are counted from the events (adapter/out/metrics ReservationCounters).
 */
@Startup
@ApplicationScoped
public class RefusedReservations {

    private final Counter refused;

    public RefusedReservations(MeterRegistry registry) {
        refused = Counter.builder("orderflow.inventory.reservations").description("Reservation commands by outcome")
                .tag("outcome", "refused").register(registry);
    }

    void count() {
        refused.increment();
    }
}
