package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Roles.ADMIN;
import static io.orderflow.inventory.adapter.in.rest.Roles.OPS;
import static io.orderflow.inventory.adapter.in.rest.Roles.SERVICE;

import io.orderflow.inventory.application.ConfirmReservation;
import io.orderflow.inventory.application.FindReservation;
import io.orderflow.inventory.application.ReleaseReservation;
import io.orderflow.inventory.application.ReserveStock;
import io.orderflow.inventory.application.ReserveStockCommand;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Quantity;
import io.orderflow.inventory.domain.RequestedLine;
import io.orderflow.inventory.domain.ReservationId;
import io.orderflow.inventory.domain.Sku;
import io.orderflow.observability.OrderLogContext;
import io.orderflow.rest.Problem;
import io.orderflow.rest.ProblemException;
import io.orderflow.rest.ProblemType;
import io.orderflow.rest.StorableText;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.orderflow.faults.FaultInjector;
import io.orderflow.rest.IdempotencyKey;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stock held per order: reserve, read, confirm, release. Every command is idempotent. Only order-service (role
 * {@code service}) changes reservations; ops and admins may read them.
 */
@Path("/reservations")
@Tag(name = "Reservations")
@SecurityRequirement(name = InventoryApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

    private final ReserveStock reserveStock;
    private final FindReservation findReservation;
    private final ConfirmReservation confirmReservation;
    private final ReleaseReservation releaseReservation;

    private final FaultInjector faults;

    public ReservationResource(ReserveStock reserveStock, FindReservation findReservation,
                               ConfirmReservation confirmReservation, ReleaseReservation releaseReservation,
                               FaultInjector faults) {
        this.faults = faults;
        this.reserveStock = reserveStock;
        this.findReservation = findReservation;
        this.confirmReservation = confirmReservation;
        this.releaseReservation = releaseReservation;
    }

    @POST
    @RolesAllowed(SERVICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hold stock for all lines of an order, or for none",
            description = "Idempotent per order: the same order with the same lines returns its reservation "
                    + "(whatever its status); with other lines it is a 409 conflict. An order recorded as cancelled "
                    + "(POST /reservations/cancellations) is refused with 409 order-cancelled, even on a retry.")
    @APIResponse(responseCode = "201", description = "Reservation created",
            content = @Content(schema = @Schema(implementation = ReservationResponse.class)))
    @APIResponse(responseCode = "200", description = "The order's existing reservation (a retry)")
    @APIResponse(responseCode = "400", description = "Invalid request, unknown SKU or missing Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The order is reserved already with other lines (type "
            + "conflict), or the order was cancelled (type order-cancelled)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not enough stock for a line (type out-of-stock), or lines in "
            + "several currencies (type business-rule)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reserve(
            @Parameter(description = "Caller-chosen key of this command (1-128 characters)")
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ReserveStockRequest request,
            @Context UriInfo uri) {
        IdempotencyKey.require(idempotencyKey, "reserve");
        return OrderLogContext.with(request.orderId(), () -> reserveFor(request, uri));
    }

    private Response reserveFor(ReserveStockRequest request, UriInfo uri) {
        ReserveStock.Result result = reserveStock.reserve(new ReserveStockCommand(new OrderId(request.orderId()),
                request.lines().stream().map(l -> new RequestedLine(new Sku(l.sku()), new Quantity(l.quantity())))
                        .toList()));
        faults.at("inventory.reserved-before-reply");
        ReservationResponse body = ReservationResponse.of(result.reservation());
        if (!result.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SERVICE, OPS, ADMIN})
    @Operation(summary = "Read one reservation")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReservationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such reservation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReservationResponse get(@PathParam("id") UUID id) {
        return ReservationResponse.of(findReservation.byId(new ReservationId(id)));
    }

    @GET
    @RolesAllowed({SERVICE, OPS, ADMIN})
    @Operation(summary = "Find the reservation of an order",
            description = "An array with the order's reservation, or an empty array when it has none: a definite "
                    + "answer for settling a reservation call whose outcome is unknown.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReservationResponse[].class)))
    @APIResponse(responseCode = "400", description = "orderId missing or not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReservationResponse> byOrder(
            @Parameter(description = "The order's id (UUID)", required = true) @QueryParam("orderId") @StorableText String orderId) {
        return OrderLogContext.with(orderId, () -> findReservation.byOrder(new OrderId(parseOrderId(orderId)))
                .stream().map(ReservationResponse::of).toList());
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(SERVICE)
    @Operation(summary = "Confirm held stock for shipping", description = "Idempotent: confirming a confirmed "
            + "reservation returns it unchanged. A released or expired reservation cannot be confirmed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReservationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such reservation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Released or expired: its stock is no longer held",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReservationResponse confirm(@PathParam("id") UUID id) {
        return ReservationResponse.of(confirmReservation.confirm(new ReservationId(id)));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(SERVICE)
    @Operation(summary = "Put a reservation's units back on hand", description = "Works on held and confirmed "
            + "(not dispatched) reservations; idempotent: a released or expired one is returned unchanged.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReservationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such reservation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReservationResponse release(@PathParam("id") UUID id) {
        return ReservationResponse.of(releaseReservation.release(new ReservationId(id)));
    }

    private static UUID parseOrderId(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "the orderId query parameter is required");
        }
        try {
            return UUID.fromString(orderId);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "orderId must be a UUID, got: " + orderId);
        }
    }
}
