package io.orderflow.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses; exception mappers of every service use it. */
public final class ProblemResponse {

    private ProblemResponse() {
    }

    public static Response of(ProblemType type, String detail, ContainerRequestContext request, UriInfo uri) {
        return of(type, detail, request, uri, null);
    }

    static Response of(ProblemType type, String detail, ContainerRequestContext request, UriInfo uri,
                       List<Problem.Violation> violations) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(),
                CorrelationId.of(request), violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
