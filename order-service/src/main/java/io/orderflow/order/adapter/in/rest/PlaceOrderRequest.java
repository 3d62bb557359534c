package io.orderflow.order.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.orderflow.rest.StorableText;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /orders}. Prices are not taken from the client. */
public record PlaceOrderRequest(
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items,
        @NotBlank @Size(max = 500) @StorableText String shippingAddress,
        @NotBlank @Size(max = 128) @StorableText @Schema(examples = "tok_approve") String paymentToken,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {

    /** One SKU and how many units of it. */
    public record Item(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,63}",
                    message = "must be 1-64 upper-case letters, digits or dashes") String sku,
            @NotNull @Min(1) @Max(1000) Integer quantity) {
    }
}
