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
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(body(type, detail, request, uri, null, null)).build();
    }

    static Response of(ProblemType type, String detail, ContainerRequestContext request, UriInfo uri,
                       List<Problem.Violation> violations) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(body(type, detail, request, uri, null, violations)).build();
    }

    /** The problem body for an answer about one order, naming it. */
    public static Problem forOrder(ProblemType type, String detail, ContainerRequestContext request, UriInfo uri,
                                   String orderId) {
        return body(type, detail, request, uri, orderId, null);
    }

    private static Problem body(ProblemType type, String detail, ContainerRequestContext request, UriInfo uri,
                                String orderId, List<Problem.Violation> violations) {
        return new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), CorrelationId.of(request),
                orderId, violations);
    }
}
