package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.Roles.ADMIN;
import static io.orderflow.inventory.adapter.in.rest.Roles.CUSTOMER;
import static io.orderflow.inventory.adapter.in.rest.Roles.OPS;
import static io.orderflow.inventory.adapter.in.rest.Roles.SERVICE;

import io.orderflow.inventory.application.AdjustStock;
import io.orderflow.inventory.application.CreateSku;
import io.orderflow.inventory.application.FindSkus;
import io.orderflow.inventory.domain.Money;
import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockItem;
import io.orderflow.rest.Problem;
import io.orderflow.rest.StorableText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue: SKUs, their prices and their stock. Anyone signed in reads it; only an admin changes it. */
@Path("/skus")
@Tag(name = "SKUs")
@SecurityRequirement(name = InventoryApplication.BEARER)
@Produces(MediaType.APPLICATION_JSON)
public class SkuResource {

    private final CreateSku createSku;
    private final FindSkus findSkus;
    private final AdjustStock adjustStock;

    public SkuResource(CreateSku createSku, FindSkus findSkus, AdjustStock adjustStock) {
        this.createSku = createSku;
        this.findSkus = findSkus;
        this.adjustStock = adjustStock;
    }

    @POST
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a SKU to the catalogue with its initial stock on hand")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SkuResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The SKU exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateSkuRequest request,
                           @Context UriInfo uri) {
        StockItem item = createSku.create(StockItem.newItem(new Sku(request.sku()), request.name(),
                new Money(request.unitPriceMinor(), request.currency()), request.onHand()));
        return Response.created(uri.getAbsolutePathBuilder().path(item.sku().value()).build())
                .entity(SkuResponse.of(item)).build();
    }

    @GET
    @RolesAllowed({CUSTOMER, OPS, ADMIN, SERVICE})
    @Operation(summary = "List SKUs", description = "With sku parameters: those of the SKUs that exist (unknown "
            + "ones are left out). Without: all SKUs, ordered by SKU, at most 500.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SkuResponse[].class)))
    public List<SkuResponse> list(
            @Parameter(description = "SKU to look up; repeat for several (at most 500)") @QueryParam("sku")
            List<String> skus) {
        List<StockItem> items = skus == null || skus.isEmpty()
                ? findSkus.all()
                : findSkus.existing(skus.stream().map(Sku::new).toList());
        return items.stream().map(SkuResponse::of).toList();
    }

    @GET
    @Path("/{sku}")
    @RolesAllowed({CUSTOMER, OPS, ADMIN, SERVICE})
    @Operation(summary = "Read one SKU with its stock")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SkuResponse.class)))
    @APIResponse(responseCode = "404", description = "No such SKU",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SkuResponse get(@PathParam("sku") @StorableText String sku) {
        return SkuResponse.of(findSkus.one(new Sku(sku)));
    }

    @POST
    @Path("/{sku}/stock-adjustments")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or remove units on hand", description = "Only free units can be removed; "
            + "reserved and shipped units are changed through reservations.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SkuResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such SKU",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "On hand would go negative",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SkuResponse adjust(@PathParam("sku") @StorableText String sku,
                              @NotNull(message = "a JSON body is required") @Valid StockAdjustmentRequest request) {
        return SkuResponse.of(adjustStock.adjust(new Sku(sku), request.delta(), request.reason()));
    }
}
