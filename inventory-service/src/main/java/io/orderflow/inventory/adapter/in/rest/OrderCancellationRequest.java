package io.orderflow.inventory.adapter.in.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /reservations/cancellations}: the order that was cancelled. */
public record OrderCancellationRequest(
        @NotNull @Schema(examples = "0f8fad5b-d9cb-469f-a165-70867728950e") UUID orderId) {
}
