package io.orderflow.order.adapter.in.rest;

import io.orderflow.observability.OrderLogContext;
import io.orderflow.order.application.CancelOrder;
import io.orderflow.order.application.FindOrder;
import io.orderflow.order.application.ListOrders;
import io.orderflow.order.application.AnswerReplay;
import io.orderflow.order.application.Orders;
import io.orderflow.order.application.StoredAnswers.StoredAnswer;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.order.application.PlaceOrder;
import io.orderflow.order.application.PlaceOrderCommand;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import io.orderflow.rest.IdempotencyKey;
import io.orderflow.rest.Problem;
import io.orderflow.rest.RequestFingerprint;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public order API. Every call carries a verified token; a customer reaches their own orders only. */
@Path("/orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {


    private final PlaceOrder placeOrder;
    private final FindOrder findOrder;
    private final ListOrders listOrders;
    private final CancelOrder cancelOrder;
    private final OrderAnswers answers;
    private final AnswerReplay replay;
    private final CurrentRequester requester;

    public OrderResource(PlaceOrder placeOrder, FindOrder findOrder, ListOrders listOrders, CancelOrder cancelOrder,
                         OrderAnswers answers, AnswerReplay replay, CurrentRequester requester) {
        this.replay = replay;
        this.requester = requester;
        this.placeOrder = placeOrder;
        this.findOrder = findOrder;
        this.listOrders = listOrders;
        this.cancelOrder = cancelOrder;
        this.answers = answers;
    }

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Place an order", description = "Reserves stock (prices come from the catalogue), charges "
            + "the customer and requests the shipment before answering. Idempotent per customer and Idempotency-Key: the "
            + "same key with the same body returns the original answer; with another body it is a 409.")
    @APIResponse(responseCode = "201", description = "Order complete: FULFILLMENT_CREATED",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "202", description = "Order accepted; a step is still being settled and "
            + "recovery will finish it. Poll the Location.",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, unknown SKU or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Out of stock or payment declined; the order is FAILED and "
            + "nothing is held or charged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Inventory unavailable; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response place(
            @Parameter(description = "Client-chosen key, unique per intended order (1-128 characters)")
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PlaceOrderRequest request,
            @Context ContainerRequestContext context, @Context UriInfo uri) {
        IdempotencyKey.require(idempotencyKey, "order");
        PlaceOrder.Result result = placeOrder.place(new PlaceOrderCommand(requester.get().subject(), idempotencyKey,
                RequestFingerprint.of(request),
                request.items().stream().map(i -> new OrderLine(new Sku(i.sku()), new Quantity(i.quantity()))).toList(),
                request.shippingAddress(), request.paymentToken(), request.currency(), requester.email()));
        OrderId id = result.order().id();
        URI location = uri.getBaseUriBuilder().path("orders").path(id.toString()).build();
        // A request that created the order has no answer to replay; keepFirst below still defers to one a
        // concurrent duplicate may have stored first.
        Optional<StoredAnswer> stored = result.created() ? Optional.empty() : replay.stored(id);
        if (stored.isPresent()) {
            return OrderAnswers.toHttp(stored.get(), location);
        }
        StoredAnswer answer = answers.answer(result.order(), context, uri);
        if (OrderAnswers.isFinal(answer)) {
            answer = replay.keepFirst(id, answer);
        }
        return OrderAnswers.toHttp(answer, location);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.OPS})
    @Operation(summary = "Read one order", description = "A customer reads their own orders; admin and ops any.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderResponse get(@PathParam("id") UUID id) {
        return OrderLogContext.with(id, () -> OrderResponse.of(findOrder.byId(new OrderId(id), requester.get())));
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.OPS})
    @Operation(summary = "List orders, newest first", description = "A customer sees their own orders; admin "
            + "and ops see all.")
    public OrderPage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ListOrders.MAX_PAGE_SIZE) int size) {
        Orders.Page result = listOrders.page(requester.get(), page, size);
        return new OrderPage(result.items().stream().map(OrderResponse::of).toList(), page, size, result.total());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel an order whose shipment has not left", description = "Records the cancellation, "
            + "then refunds (or voids) the payment, cancels the shipment request and restocks the items. 200 when "
            + "all of that is done; 202 while a participant is still settling (recovery finishes it: poll the "
            + "order until CANCELLED). Idempotent: cancelling a cancelled order returns it unchanged.")
    @APIResponse(responseCode = "200", description = "CANCELLED: nothing is held or charged",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "202", description = "CANCELLING: the cancellation is recorded and in progress",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order failed (nothing to cancel), or its shipment was "
            + "dispatched (type shipment-dispatched)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") UUID id, @Context UriInfo uri) {
        return OrderLogContext.with(id, () -> cancelled(cancelOrder.cancel(new OrderId(id), requester.get()), uri));
    }

    /** 200 once nothing is held or charged, 202 while compensation is still under way. */
    static Response cancelled(Order order, UriInfo uri) {
        Response.Status status = order.status() == OrderStatus.CANCELLED ? Response.Status.OK
                : Response.Status.ACCEPTED;
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(OrderResponse.of(order))
                .location(uri.getBaseUriBuilder().path("orders").path(order.id().toString()).build()).build();
    }
}
