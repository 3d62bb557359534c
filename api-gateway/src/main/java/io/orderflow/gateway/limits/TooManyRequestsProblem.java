package io.orderflow.gateway.limits;

import io.orderflow.rest.ProblemResponse;
import io.orderflow.rest.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 problem+json with Retry-After for the gateway's own endpoints. */
public class TooManyRequestsProblem {

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e, ContainerRequestContext request, UriInfo uri) {
        return Response.fromResponse(ProblemResponse.of(ProblemType.RATE_LIMITED, e.getMessage(), request, uri))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
