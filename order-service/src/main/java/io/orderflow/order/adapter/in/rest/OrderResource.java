package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.application.FindOrder;
import io.orderflow.order.application.PlaceOrder;
import io.orderflow.order.application.PlaceOrderCommand;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import io.orderflow.rest.Problem;
import io.orderflow.rest.ProblemException;
import io.orderflow.rest.ProblemType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public order API. */
@Path("/orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final PlaceOrder placeOrder;
    private final FindOrder findOrder;

    public OrderResource(PlaceOrder placeOrder, FindOrder findOrder) {
        this.placeOrder = placeOrder;
        this.findOrder = findOrder;
    }

    @POST
    @Operation(summary = "Place an order", description = "Idempotent per Idempotency-Key: the same key with the "
            + "same body returns the original order; with another body it is a 409.")
    @APIResponse(responseCode = "201", description = "Order created",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same key and body")
    @APIResponse(responseCode = "400", description = "Invalid request or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response place(
            @Parameter(description = "Client-chosen key, unique per intended order (1-128 characters)")
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PlaceOrderRequest request,
            @Context UriInfo uri) {
        requireKey(idempotencyKey);
        PlaceOrder.Result result = placeOrder.place(new PlaceOrderCommand(idempotencyKey,
                RequestFingerprint.of(request),
                request.items().stream().map(i -> new OrderLine(new Sku(i.sku()), new Quantity(i.quantity()))).toList(),
                request.shippingAddress(), request.paymentToken(), request.currency()));
        OrderResponse body = OrderResponse.of(result.order());
        if (!result.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one order")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "404", description = "No such order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderResponse get(@PathParam("id") UUID id) {
        return OrderResponse.of(findOrder.byId(new OrderId(id)));
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(ProblemType.MISSING_IDEMPOTENCY_KEY,
                    "send an Idempotency-Key header (for example a UUID) so a retried request cannot order twice");
        }
        if (key.length() > 128) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Idempotency-Key must be at most 128 characters");
        }
    }
}
