package io.orderflow.inventory.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of the {@code reservation_lines} table. */
@Embeddable
public class ReservationLineRow {

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;
}
