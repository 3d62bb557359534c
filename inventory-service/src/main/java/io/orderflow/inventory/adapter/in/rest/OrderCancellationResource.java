package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Roles.SERVICE;

import io.orderflow.inventory.application.ReleaseCancelledOrder;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.observability.OrderLogContext;
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

/** Order cancellations: the fence between a cancelled order and its stock. Only order-service records them. */
@Path("/reservations/cancellations")
@Tag(name = "Reservations")
@SecurityRequirement(name = InventoryApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class OrderCancellationResource {

    private final ReleaseCancelledOrder releaseCancelledOrder;

    public OrderCancellationResource(ReleaseCancelledOrder releaseCancelledOrder) {
        this.releaseCancelledOrder = releaseCancelledOrder;
    }

    @POST
    @RolesAllowed(SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that an order was cancelled and put back its stock",
            description = "Releases the order's reservation if it is HELD or CONFIRMED (restocking its units) and "
                    + "refuses every later reservation for the order with 409 order-cancelled. Idempotent: "
                    + "repeating it answers the same.")
    @APIResponse(responseCode = "200", description = "The order is fenced; its reservation as it now stands",
            content = @Content(schema = @Schema(implementation = OrderCancellationResponse.class)))
    @APIResponse(responseCode = "400", description = "Body missing, or orderId missing or not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderCancellationResponse cancel(
            @NotNull(message = "a JSON body is required") @Valid OrderCancellationRequest request) {
        OrderId orderId = new OrderId(request.orderId());
        return OrderLogContext.with(orderId,
                () -> OrderCancellationResponse.of(orderId, releaseCancelledOrder.release(orderId)));
    }
}
