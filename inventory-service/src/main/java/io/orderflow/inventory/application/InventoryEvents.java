package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.ReservationConfirmed;
import io.orderflow.inventory.domain.ReservationExpired;
import io.orderflow.inventory.domain.StockReleased;
import io.orderflow.inventory.domain.StockReserved;

/** Port: announces what happened to stock and reservations, in the same transaction as the change. */
public interface InventoryEvents {

    void stockReserved(StockReserved event);

    void reservationConfirmed(ReservationConfirmed event);

    void stockReleased(StockReleased event);

    void reservationExpired(ReservationExpired event);
}
