package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.Roles.ADMIN;
import static io.orderflow.payment.adapter.in.rest.Roles.OPS;
import static io.orderflow.payment.adapter.in.rest.Roles.SERVICE;

import io.orderflow.payment.application.DispatchFulfillment;
import io.orderflow.payment.application.FindFulfillments;
import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Shipment requests: created when a payment is captured, cancelled when it is refunded, or dispatched. Read by
 * order-service, ops and admins; only an admin records a dispatch.
 */
@Path("/fulfillments")
@Tag(name = "Fulfillments")
@SecurityRequirement(name = PaymentApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class FulfillmentResource {

    private final FindFulfillments findFulfillments;
    private final DispatchFulfillment dispatchFulfillment;

    public FulfillmentResource(FindFulfillments findFulfillments, DispatchFulfillment dispatchFulfillment) {
        this.findFulfillments = findFulfillments;
        this.dispatchFulfillment = dispatchFulfillment;
    }

    @GET
    @RolesAllowed({SERVICE, OPS, ADMIN})
    @Operation(summary = "Find the shipment requests of an order")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = FulfillmentResponse[].class)))
    public List<FulfillmentResponse> byOrder(@QueryParam(OrderIdParameter.NAME) String orderId) {
        return findFulfillments.byOrderId(OrderIdParameter.parse(orderId)).stream()
                .map(FulfillmentResponse::of).toList();
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Record that the shipment left the warehouse", description = "From then on the order "
            + "cannot be cancelled and its payment is not refunded (409 shipment-dispatched); publishes "
            + "FulfillmentDispatched. Repeating it answers the dispatched shipment request.")
    @APIResponse(responseCode = "200", description = "Dispatched (now or earlier)",
            content = @Content(schema = @Schema(implementation = FulfillmentResponse.class)))
    @APIResponse(responseCode = "404", description = "No such shipment request", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "order-cancelled: the request was cancelled or its order is "
            + "being cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public FulfillmentResponse dispatch(@PathParam("id") UUID id) {
        return FulfillmentResponse.of(dispatchFulfillment.dispatch(new FulfillmentId(id)));
    }
}
