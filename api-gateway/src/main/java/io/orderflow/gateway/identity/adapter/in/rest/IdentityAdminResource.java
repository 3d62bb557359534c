package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.gateway.identity.application.DisableUser;
import io.orderflow.gateway.identity.application.KeyRing;
import io.orderflow.gateway.identity.domain.Username;
import io.orderflow.rest.Problem;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What an admin does to identities: disable a user, rotate the signing key. */
@Path("/auth")
@Tag(name = "Authentication")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityAdminResource {

    private final AdminCheck admins;
    private final DisableUser disableUser;
    private final KeyRing keys;

    public IdentityAdminResource(AdminCheck admins, DisableUser disableUser, KeyRing keys) {
        this.admins = admins;
        this.disableUser = disableUser;
        this.keys = keys;
    }

    @POST
    @Path("/users/{username}/disable")
    @Operation(summary = "Disable a user", description = "Login and refresh stop at once; access tokens already "
            + "issued stop working when they expire (within the access token lifetime).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserResponse disable(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                @PathParam("username") String username) {
        admins.require(authorization);
        return UserResponse.of(disableUser.disable(new Username(username)));
    }

    @POST
    @Path("/keys/rotate")
    @Operation(summary = "Rotate the signing key", description = "Publishes a new key at once; it starts signing "
            + "after the activation delay (auth.key-activation-delay, 2 minutes), when every service has fetched it. "
            + "Tokens signed with the old key stay valid until they expire; the old key stays published until then.")
    @APIResponse(responseCode = "200", description = "The new key's id and when it starts signing")
    public Map<String, String> rotate(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admins.require(authorization);
        KeyRing.Rotation rotation = keys.rotate();
        return Map.of("kid", rotation.kid(), "activatesAt", rotation.activatesAt().toString());
    }
}
