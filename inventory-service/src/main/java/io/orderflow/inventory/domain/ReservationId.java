package io.orderflow.inventory.domain;

import java.util.Objects;
import java.util.UUID;

/** Identity of a reservation. */
public record ReservationId(UUID value) {

    public ReservationId {
        Objects.requireNonNull(value, "reservation id");
    }

    public static ReservationId newId() {
        return new ReservationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
