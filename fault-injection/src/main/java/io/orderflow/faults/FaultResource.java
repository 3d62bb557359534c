package io.orderflow.faults;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only: arms fault points. Answers 404 unless the process runs with the chaos profile, and even then only
 * to an admin's token.
 */
@Path("/faults")
@RolesAllowed("admin")
public class FaultResource {

    private final FaultInjector faults;

    public FaultResource(FaultInjector faults) {
        this.faults = faults;
    }

    @POST
    @Path("/{point}")
    @Operation(hidden = true)
    public Response arm(@PathParam("point") String point, @QueryParam("action") @DefaultValue("HALT") String action,
                        @QueryParam("millis") @DefaultValue("0") long millis) {
        if (!faults.enabled()) {
            return Response.status(404).build();
        }
        faults.arm(point, FaultInjector.Action.valueOf(action.toUpperCase()), millis);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(hidden = true)
    public Response disarm() {
        if (!faults.enabled()) {
            return Response.status(404).build();
        }
        faults.disarmAll();
        return Response.noContent().build();
    }
}
