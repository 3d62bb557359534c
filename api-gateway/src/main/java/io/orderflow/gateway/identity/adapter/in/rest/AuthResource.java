package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.gateway.identity.application.AccessTokens.IssuedToken;
import io.orderflow.gateway.identity.application.IdentityRefused;
import io.orderflow.gateway.identity.application.IssueServiceToken;
import io.orderflow.gateway.identity.application.RegisterCustomer;
import io.orderflow.gateway.identity.application.Session;
import io.orderflow.gateway.identity.application.Sessions;
import io.orderflow.gateway.identity.domain.NewPassword;
import io.orderflow.gateway.identity.domain.User;
import io.orderflow.gateway.identity.domain.EmailAddress;
import io.orderflow.gateway.identity.domain.Username;
import io.orderflow.gateway.limits.LoginThrottle;
import io.orderflow.rest.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up, login, refresh, logout, and service tokens: the gateway is the token issuer. */
@Path("/auth")
@Tag(name = "Authentication")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final RegisterCustomer register;
    private final Sessions sessions;
    private final IssueServiceToken serviceTokens;
    private final LoginThrottle throttle;

    public AuthResource(RegisterCustomer register, Sessions sessions, IssueServiceToken serviceTokens,
                        LoginThrottle throttle) {
        this.register = register;
        this.sessions = sessions;
        this.serviceTokens = serviceTokens;
        this.throttle = throttle;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register as a customer", description = "Usernames are 3-64 letters, digits or . _ @ - "
            + "(case-insensitive); passwords 12 characters to 72 bytes. The optional email receives mail about the "
            + "customer's orders (confirmed, failed, cancelled, refunded); it travels in the access token's email claim.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", description = "Username, password or email not acceptable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many attempts from this address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Username taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid @NotNull Registration request, @Context HttpServerRequest http) {
        throttle.attempt(address(http));
        User user = register.register(new Username(request.username()), new NewPassword(request.password()),
                request.email() == null ? null : new EmailAddress(request.email()));
        return Response.status(Response.Status.CREATED).entity(UserResponse.of(user)).build();
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in", description = "Answers a short-lived RS256 access token and a refresh token.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password, or the account is disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many login attempts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenResponse logIn(@Valid @NotNull Credentials request, @Context HttpServerRequest http) {
        throttle.attempt(address(http));
        throttle.checkAccount(request.username());
        try {
            return TokenResponse.of(sessions.logIn(new Username(request.username()), request.password()));
        } catch (IdentityRefused e) {
            throttle.failed(request.username());
            throw e;
        }
    }

    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a refresh token for a new access and refresh token",
            description = "A refresh token works once; presenting a used one again revokes the whole session.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired or revoked refresh token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        Session session = sessions.refresh(request.refreshToken());
        return TokenResponse.of(session);
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a refresh token and every token exchanged from it")
    @APIResponse(responseCode = "204", description = "Revoked (or unknown: nothing to revoke)")
    public Response logOut(@Valid @NotNull RefreshRequest request) {
        sessions.logOut(request.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "OAuth 2.0 token endpoint for services (client credentials, client_secret_post)")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "Grant type other than client_credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown client or wrong secret",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                               @FormParam("client_secret") String clientSecret, @Context HttpServerRequest http) {
        throttle.attempt(address(http));
        if (!"client_credentials".equals(grantType)) {
            throw new IllegalArgumentException("grant_type must be client_credentials");
        }
        IssuedToken token = serviceTokens.issue(clientId, clientSecret);
        return new TokenResponse(token.value(), "Bearer", token.expiresInSeconds(), null, null, "service");
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
