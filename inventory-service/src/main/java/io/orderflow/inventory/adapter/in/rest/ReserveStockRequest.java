package io.orderflow.inventory.adapter.in.rest;

import io.orderflow.inventory.domain.Sku;
import io.orderflow.rest.StorableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /reservations}. Prices are taken from the catalogue, never from the caller. */
public record ReserveStockRequest(
        @NotNull UUID orderId,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Line> lines) {

    /** One SKU (distinct per request) and how many units of it to hold. */
    public record Line(
            @NotBlank @StorableText
            @Pattern(regexp = Sku.FORMAT, message = "must be 1-64 upper-case letters, digits or dashes")
            String sku,
            @NotNull @Min(1) @Max(1000) Integer quantity) {
    }
}
