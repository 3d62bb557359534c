package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.application.DeadLetter;
import io.orderflow.order.application.DeadLetterOffice;
import io.orderflow.order.application.DeadLetters;
import io.orderflow.rest.Problem;
import io.orderflow.rest.ProblemException;
import io.orderflow.rest.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators list, inspect and replay the records the event consumers could not process. */
@Path("/ops/dead-letters")
@RolesAllowed({Roles.OPS, Roles.ADMIN})
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetterOffice office;

    public DeadLetterResource(DeadLetterOffice office) {
        this.office = office;
    }

    /** A dead letter without its record, for lists. */
    public record Summary(UUID id, String consumer, String status, String topic, int partition, long offset,
                          String orderId, String eventId, String eventType, String reason, String exception,
                          Instant parkedAt, int replays, String lastReplayError, Instant replayedAt) {
        static Summary of(DeadLetter d) {
            return new Summary(d.id(), d.consumer(), d.status().name(), d.topic(), d.partition(), d.offset(), d.key(),
                    d.eventId(), d.eventType(), d.reason(), d.exception(), d.parkedAt(), d.replays(),
                    d.lastReplayError(), d.replayedAt());
        }
    }

    /** A dead letter with the record as it arrived: its value and headers. */
    public record Detail(Summary summary, String value, Map<String, String> headers) {
    }

    @GET
    @Operation(summary = "Dead letters, newest first", description = "Filter by consumer (timeline, "
            + "notifications), order id (the record key), status (PARKED, REPLAYED) and since (ISO-8601 instant).")
    public List<Summary> list(@QueryParam("consumer") String consumer, @QueryParam("orderId") String orderId,
                              @QueryParam("status") String status, @QueryParam("since") String since,
                              @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return office.list(new DeadLetters.Selection(consumer, orderId(orderId), instant(since), status(status), limit))
                .stream().map(Summary::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dead letter with its record (value and headers)")
    @APIResponse(responseCode = "404", description = "No such dead letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Detail get(@PathParam("id") UUID id) {
        DeadLetter letter = find(id);
        return new Detail(Summary.of(letter), letter.value(), letter.headers());
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replay one dead letter through its consumer", description = "Applying an event that was "
            + "applied before changes nothing. The answer says whether it applied or why it failed again.")
    @APIResponse(responseCode = "404", description = "No such dead letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterOffice.ReplayReport replayOne(@PathParam("id") UUID id) {
        DeadLetter letter = find(id);
        Optional<String> error = office.replayOne(letter);
        return new DeadLetterOffice.ReplayReport(error.isEmpty() ? List.of(id) : List.of(),
                error.map(e -> Map.of(id, e)).orElse(Map.of()));
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Replay parked dead letters of one order, or parked since a time", description = "Give "
            + "orderId or since (ISO-8601 instant), optionally consumer; at most " + DeadLetterOffice.MAX_REPLAY
            + " letters per call, oldest first.")
    @APIResponse(responseCode = "400", description = "Neither orderId nor since given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterOffice.ReplayReport replay(@QueryParam("orderId") String orderId, @QueryParam("since") String since,
                                                @QueryParam("consumer") String consumer) {
        if (orderId == null && since == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "say which dead letters to replay: orderId=<uuid> or since=<ISO-8601 instant>");
        }
        return office.replay(new DeadLetters.Selection(consumer, orderId(orderId), instant(since),
                DeadLetter.Status.PARKED, DeadLetterOffice.MAX_REPLAY));
    }

    private DeadLetter find(UUID id) {
        return office.find(id).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no dead letter " + id + "; list them at /ops/dead-letters"));
    }

    private static String orderId(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "orderId must be a UUID, not '" + text + "'");
        }
    }

    private static DeadLetter.Status status(String text) {
        if (text == null) {
            return null;
        }
        try {
            return DeadLetter.Status.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "status must be PARKED or REPLAYED, not '"
                    + text + "'");
        }
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "since must be an ISO-8601 instant such as 2026-12-01T10:00:00Z, not '" + text + "'");
        }
    }
}
