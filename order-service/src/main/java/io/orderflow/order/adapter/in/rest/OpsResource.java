package io.orderflow.order.adapter.in.rest;

import io.orderflow.observability.OrderLogContext;
import io.orderflow.order.application.CancelOrder;
import io.orderflow.order.application.RecoveryQueue;
import io.orderflow.order.application.RecoverOrders;
import io.orderflow.order.domain.OrderId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What an operator needs at night: orders recovery gave up on, and a way to try them again. */
@Path("/ops/orders")
@RolesAllowed({Roles.OPS, Roles.ADMIN})
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {

    private final RecoverOrders recoverOrders;
    private final CancelOrder cancelOrder;
    private final CurrentRequester requester;

    public OpsResource(RecoverOrders recoverOrders, CancelOrder cancelOrder, CurrentRequester requester) {
        this.requester = requester;
        this.recoverOrders = recoverOrders;
        this.cancelOrder = cancelOrder;
    }

    @GET
    @Path("/attention")
    @Operation(summary = "Unfinished orders that recovery could not settle (NEEDS_ATTENTION), with their last error")
    public List<RecoveryQueue.Attention> needingAttention() {
        return recoverOrders.needingAttention();
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Clear NEEDS_ATTENTION and let recovery try the order again now")
    public Response retry(@PathParam("id") UUID id) {
        OrderLogContext.run(id, () -> recoverOrders.retryNow(new OrderId(id)));
        return Response.accepted().build();
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel an order with full compensation", description = "For an order recovery gave up "
            + "on: records the cancellation, clears NEEDS_ATTENTION, refunds or voids the payment and restocks. "
            + "200 when CANCELLED, 202 while still compensating, 409 once the shipment was dispatched.")
    public Response cancel(@PathParam("id") UUID id, @Context UriInfo uri) {
        return OrderLogContext.with(id,
                () -> OrderResource.cancelled(cancelOrder.cancel(new OrderId(id), requester.get()), uri));
    }

    /** Runs one recovery pass now instead of waiting for the next scheduled one. */
    @POST
    @Path("/recover")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Run one recovery pass now")
    public Response recoverNow() {
        return Response.ok(java.util.Map.of("claimed", recoverOrders.runOnce())).build();
    }
}
