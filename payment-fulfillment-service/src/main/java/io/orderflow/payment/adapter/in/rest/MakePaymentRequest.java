package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.domain.Money;
import io.orderflow.payment.domain.PaymentDetails;
import io.orderflow.rest.StorableText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /payments}: charge this amount for the order, then ship it to this address. */
public record MakePaymentRequest(
        @NotNull UUID orderId,
        @NotNull UUID reservationId,
        @NotNull @PositiveOrZero @Schema(description = "amount in minor units (cents)", examples = "4200")
        Long amountMinor,
        @NotNull @StorableText @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
        String currency,
        @NotBlank @StorableText @Size(max = 128) @Schema(examples = "tok_approve") String paymentToken,
        @NotBlank @StorableText @Size(max = 500) String shippingAddress) {

    PaymentDetails details() {
        return new PaymentDetails(orderId, reservationId, new Money(amountMinor, currency), shippingAddress);
    }
}
