package io.orderflow.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. Needs {@code quarkus.http.auth.proactive=false}: with proactive authentication a
 * bad token is refused before any JAX-RS mapper runs, with an empty body.
 */
public class SecurityProblems {

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, ContainerRequestContext request, UriInfo uri) {
        return challenge(request, uri, "this operation needs a valid bearer token (Authorization: Bearer …); "
                + "log in at /auth/login to get one");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request,
                                         UriInfo uri) {
        return challenge(request, uri, "the bearer token is not valid: it is expired, not signed by the trusted "
                + "issuer, or meant for another audience; log in again");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.FORBIDDEN, "your role does not allow this operation", request, uri);
    }

    private static Response challenge(ContainerRequestContext request, UriInfo uri, String detail) {
        Response problem = ProblemResponse.of(ProblemType.UNAUTHORIZED, detail, request, uri);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
