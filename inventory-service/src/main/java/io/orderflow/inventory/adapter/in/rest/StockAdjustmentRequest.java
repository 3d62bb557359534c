package io.orderflow.inventory.adapter.in.rest;

import io.orderflow.rest.StorableText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /skus/{sku}/stock-adjustments}: units to add (positive) or remove (negative, not 0)
 * and why.
 */
public record StockAdjustmentRequest(
        @NotNull @Min(-1_000_000) @Max(1_000_000) @Schema(examples = "25") Integer delta,
        @NotBlank @StorableText @Size(max = 200) @Schema(examples = "goods received") String reason) {
}
