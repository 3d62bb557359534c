package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.LinesFingerprint;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.RequestedLine;
import io.orderflow.inventory.domain.Reservation;
import java.util.List;
import java.util.Objects;

/** An order's request to hold stock for its lines (distinct SKUs, at most {@link Reservation#MAX_LINES}). */
public record ReserveStockCommand(OrderId orderId, List<RequestedLine> lines) {

    public ReserveStockCommand {
        Objects.requireNonNull(orderId, "orderId");
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > Reservation.MAX_LINES) {
            throw new IllegalArgumentException("a reservation needs 1 to " + Reservation.MAX_LINES + " lines");
        }
        if (lines.stream().map(RequestedLine::sku).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("each SKU may appear on one line only");
        }
    }

    public String linesFingerprint() {
        return LinesFingerprint.of(lines);
    }
}
