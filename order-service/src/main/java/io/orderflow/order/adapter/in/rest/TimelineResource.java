package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.application.ReadTimeline;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.TimelineEntry;
import io.orderflow.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where an order is stuck, and why: its steps across the three services and the step it waits on. */
@Path("/orders/{id}/timeline")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final ReadTimeline readTimeline;
    private final CurrentRequester requester;

    public TimelineResource(ReadTimeline readTimeline, CurrentRequester requester) {
        this.readTimeline = readTimeline;
        this.requester = requester;
    }

    public record Step(Instant at, String service, String event, String summary, String correlationId, UUID eventId) {
    }

    public record Current(String status, String step, String state, int attempts, String lastError,
                          Instant nextAttemptAt) {
    }

    public record TimelineResponse(UUID orderId, Current current, List<Step> steps) {
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.OPS})
    @Operation(summary = "The order's timeline", description = "Every event the three services published about "
            + "the order, in the order they happened, as far as they have arrived (events are projected from Kafka "
            + "within moments). `current` comes from the ledger: the step the order waits on and, when it is in "
            + "doubt (IN_DOUBT) or recovery gave up (NEEDS_ATTENTION), the last error and the next attempt.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TimelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such order (or not yours)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TimelineResponse get(@PathParam("id") UUID id) {
        ReadTimeline.OrderTimeline timeline = readTimeline.of(new OrderId(id), requester.get());
        ReadTimeline.CurrentStep c = timeline.current();
        return new TimelineResponse(id, new Current(c.status().name(), c.step(), c.state(), c.attempts(),
                c.lastError(), c.nextAttemptAt()), timeline.steps().stream().map(TimelineResource::step).toList());
    }

    private static Step step(TimelineEntry e) {
        return new Step(e.occurredAt(), e.service(), e.type(), e.summary(), e.correlationId(), e.eventId());
    }
}
