package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Sku;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Port: inventory-service (S2). Every command is idempotent at S2, so a retry is always safe. */
public interface Inventory {

    /** The catalogue entries that exist among these SKUs. */
    List<CatalogueEntry> lookup(Collection<Sku> skus);

    ReservationOutcome reserve(OrderId order, List<OrderLine> lines, String idempotencyKey);

    /** The definite state of the order's reservation, for settling an in-doubt call. */
    ReservationOutcome findReservation(OrderId order);

    StepOutcome confirm(UUID reservationId);

    StepOutcome release(UUID reservationId);

    /** Releases whatever S2 holds for the order and fences it, so a late reservation is refused. */
    CancellationOutcome cancelOrder(OrderId order);

    /** One SKU as the catalogue knows it. */
    record CatalogueEntry(Sku sku, String currency, long unitPriceMinor) {
    }
}
