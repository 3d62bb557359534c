package io.orderflow.inventory.adapter.in.rest;

import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reservation as the API shows it. */
public record ReservationResponse(UUID id, UUID orderId, ReservationStatus status, List<Line> lines, long totalMinor,
                                  String currency, Instant expiresAt, Instant createdAt) {

    /** One held line with the unit price it was reserved at. */
    public record Line(String sku, int quantity, long unitPriceMinor) {
    }

    static ReservationResponse of(Reservation r) {
        return new ReservationResponse(r.id().value(), r.orderId().value(), r.status(),
                r.lines().stream()
                        .map(l -> new Line(l.sku().value(), l.quantity().value(), l.unitPrice().amountMinor()))
                        .toList(),
                r.total().amountMinor(), r.total().currency(), r.expiresAt(), r.createdAt());
    }
}
