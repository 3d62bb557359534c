package io.orderflow.inventory.adapter.in.rest;

import io.orderflow.inventory.domain.Sku;
import io.orderflow.rest.StorableText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /skus}. */
public record CreateSkuRequest(
        @NotBlank @StorableText
        @Pattern(regexp = Sku.FORMAT, message = "must be 1-64 upper-case letters, digits or dashes")
        @Schema(examples = "SKU-1") String sku,
        @NotBlank @StorableText @Size(max = 200) String name,
        // Bounded so that 50 lines of 1000 units can never overflow a total in minor units.
        @NotNull @Min(0) @Max(1_000_000_000_000L) @Schema(examples = "1999") Long unitPriceMinor,
        @NotNull @StorableText @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,
        @NotNull @Min(0) @Max(1_000_000_000) Integer onHand) {
}
