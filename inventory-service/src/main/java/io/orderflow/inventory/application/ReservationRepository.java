package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where reservations are kept. An order has at most one reservation. */
public interface ReservationRepository {

    /**
     * Stores the reservation unless its order has one already; false in that case. A concurrent insert
     * for the same order is waited for, so after false the other reservation can be read.
     */
    boolean addIfOrderHasNone(Reservation reservation);

    Optional<Reservation> find(ReservationId id);

    Optional<Reservation> findByOrder(OrderId orderId);

    /** Reads the reservation and locks it until the end of the transaction. */
    Optional<Reservation> lock(ReservationId id);

    /** Reads the order's reservation, if any, and locks it until the end of the transaction. */
    Optional<Reservation> lockByOrder(OrderId orderId);

    /** Locks up to {@code limit} HELD reservations overdue at {@code now}, skipping those others have locked. */
    List<Reservation> lockOverdue(Instant now, int limit);

    void updateStatus(Reservation reservation, Instant now);
}
