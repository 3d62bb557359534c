package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.application.OrderRepository;
import io.orderflow.order.application.RecoverOrders;
import io.orderflow.order.domain.OrderId;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What an operator needs at night: orders recovery gave up on, and a way to try them again. */
@Path("/ops/orders")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class OpsResource {

    private final RecoverOrders recoverOrders;

    public OpsResource(RecoverOrders recoverOrders) {
        this.recoverOrders = recoverOrders;
    }

    @GET
    @Path("/attention")
    @Operation(summary = "Orders that recovery could not settle (NEEDS_ATTENTION), with their last error")
    public List<OrderRepository.Attention> needingAttention() {
        return recoverOrders.needingAttention();
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Clear NEEDS_ATTENTION and let recovery try the order again now")
    public Response retry(@PathParam("id") UUID id) {
        recoverOrders.retryNow(new OrderId(id));
        return Response.accepted().build();
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
