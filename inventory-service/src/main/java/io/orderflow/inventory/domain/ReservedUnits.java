package io.orderflow.inventory.domain;

import java.util.List;

/** Event line: a SKU and how many of its units a reservation covers. */
public record ReservedUnits(String sku, int quantity) {

    public static List<ReservedUnits> of(Reservation reservation) {
        return reservation.lines().stream().map(l -> new ReservedUnits(l.sku().value(), l.quantity().value())).toList();
    }
}
