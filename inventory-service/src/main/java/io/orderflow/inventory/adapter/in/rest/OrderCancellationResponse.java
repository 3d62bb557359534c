package io.orderflow.inventory.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationStatus;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cancelled order and its reservation after the cancellation: RELEASED or EXPIRED, or both fields null
 * when the order never had one.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderCancellationResponse(
        UUID orderId,
        @Schema(nullable = true) UUID reservationId,
        @Schema(nullable = true, enumeration = {"RELEASED", "EXPIRED"}) ReservationStatus status) {

    static OrderCancellationResponse of(OrderId orderId, Optional<Reservation> reservation) {
        return new OrderCancellationResponse(orderId.value(),
                reservation.map(r -> r.id().value()).orElse(null),
                reservation.map(Reservation::status).orElse(null));
    }
}
