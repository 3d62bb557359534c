package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.application.FindFulfillments;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shipment requests, created when a payment is captured and cancelled when it is refunded. */
@Path("/fulfillments")
@Tag(name = "Fulfillments")
@Produces(MediaType.APPLICATION_JSON)
public class FulfillmentResource {

    private final FindFulfillments findFulfillments;

    public FulfillmentResource(FindFulfillments findFulfillments) {
        this.findFulfillments = findFulfillments;
    }

    @GET
    @Operation(summary = "Find the shipment requests of an order")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = FulfillmentResponse[].class)))
    public List<FulfillmentResponse> byOrder(@QueryParam(OrderIdParameter.NAME) String orderId) {
        return findFulfillments.byOrderId(OrderIdParameter.parse(orderId)).stream()
                .map(FulfillmentResponse::of).toList();
    }
}
