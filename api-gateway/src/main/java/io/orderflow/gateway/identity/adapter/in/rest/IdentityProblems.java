package io.orderflow.gateway.identity.adapter.in.rest;

import io.orderflow.gateway.identity.application.IdentityRefused;
import io.orderflow.rest.ProblemResponse;
import io.orderflow.rest.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals of the identity use cases as problem+json. */
public class IdentityProblems {

    @ServerExceptionMapper
    public Response refused(IdentityRefused e, ContainerRequestContext request, UriInfo uri) {
        ProblemType type = switch (e.kind()) {
            case USERNAME_TAKEN -> ProblemType.CONFLICT;
            case UNKNOWN_USER -> ProblemType.NOT_FOUND;
            case BAD_CREDENTIALS, BAD_CLIENT, BAD_REFRESH_TOKEN -> ProblemType.UNAUTHORIZED;
        };
        Response problem = ProblemResponse.of(type, e.getMessage(), request, uri);
        return type == ProblemType.UNAUTHORIZED
                ? Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build()
                : problem;
    }
}
