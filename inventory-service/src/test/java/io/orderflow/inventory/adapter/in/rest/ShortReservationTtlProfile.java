package io.orderflow.inventory.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Reservations that expire within a second, swept every second (the scheduler's shortest interval). */
public class ShortReservationTtlProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("inventory.reservation.ttl", "1s", "inventory.reservation.sweep-interval", "1s");
    }
}
