package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.application.IdempotencyKeyReusedException;
import io.orderflow.order.application.OrderNotFoundException;
import io.orderflow.order.application.ParticipantUnavailableException;
import io.orderflow.order.application.ShipmentDispatchedException;
import io.orderflow.order.application.UnknownSkuException;
import io.orderflow.order.domain.IllegalTransitionException;
import io.orderflow.rest.ProblemResponse;
import io.orderflow.rest.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps order-service exceptions onto the shared problem types. */
public class OrderProblems {

    @ServerExceptionMapper
    public Response notFound(OrderNotFoundException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.NOT_FOUND, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.CONFLICT, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response dispatched(ShipmentDispatchedException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.SHIPMENT_DISPATCHED, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response unknownSku(UnknownSkuException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.VALIDATION_FAILED, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response unavailable(ParticipantUnavailableException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.DEPENDENCY_UNAVAILABLE, e.getMessage() + "; retry shortly", request,
                uri);
    }
}
