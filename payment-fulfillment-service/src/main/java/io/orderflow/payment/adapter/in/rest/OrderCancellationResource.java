package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.Roles.SERVICE;

import io.orderflow.observability.OrderLogContext;
import io.orderflow.payment.application.CancelOrderPayment;
import io.orderflow.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order-cancellation fence that order-service (role {@code service}) calls when an order is cancelled. */
@Path("/payments/cancellations")
@Tag(name = "Payments")
@SecurityRequirement(name = PaymentApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderCancellationResource {

    private final CancelOrderPayment cancelOrderPayment;

    public OrderCancellationResource(CancelOrderPayment cancelOrderPayment) {
        this.cancelOrderPayment = cancelOrderPayment;
    }

    @POST
    @RolesAllowed(SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an order's payment", description = "The order is cancelled: from now on it is "
            + "never charged (POST /payments answers 409 order-cancelled) and its shipment never dispatched. Its "
            + "payment is brought to an end that takes no money: a capture is refunded and its shipment request "
            + "cancelled, a PENDING payment is settled with the provider or voided. Idempotent: repeating it "
            + "answers the same outcome. On 503 the order stays cancelled; retry with backoff to finish.")
    @APIResponse(responseCode = "200", description = "The order's payment took no money",
            content = @Content(schema = @Schema(implementation = CancellationResponse.class)))
    @APIResponse(responseCode = "400", description = "orderId missing or not a UUID", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "shipment-dispatched: the shipment has left, the order cannot "
            + "be cancelled and nothing was changed", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "dependency-unavailable, with Retry-After: the provider could "
            + "not be asked or did not refund, or a charge may still be in flight; the order stays cancelled and "
            + "a retry finishes the job", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public CancellationResponse cancel(
            @NotNull(message = "a JSON body is required") @Valid CancelOrderRequest request) {
        return OrderLogContext.with(request.orderId(),
                () -> CancellationResponse.of(cancelOrderPayment.cancel(request.orderId())));
    }
}
