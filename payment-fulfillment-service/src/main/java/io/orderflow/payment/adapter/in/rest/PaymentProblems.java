package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.application.IdempotencyKeyReusedException;
import io.orderflow.payment.application.PaymentConflictException;
import io.orderflow.payment.application.PaymentNotFoundException;
import io.orderflow.payment.application.ProviderUnavailableException;
import io.orderflow.payment.domain.IllegalTransitionException;
import io.orderflow.rest.ProblemResponse;
import io.orderflow.rest.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps payment-service exceptions onto the shared problem types. */
public class PaymentProblems {

    private static final Logger LOG = Logger.getLogger(PaymentProblems.class);
    private static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public Response notFound(PaymentNotFoundException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.NOT_FOUND, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.IDEMPOTENCY_KEY_REUSED, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response conflict(PaymentConflictException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.CONFLICT, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.CONFLICT, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response providerUnavailable(ProviderUnavailableException e, ContainerRequestContext request,
                                        UriInfo uri) {
        LOG.warnf("%s %s answered 503: %s", request.getMethod(), uri.getPath(), e.getMessage());
        Response problem = ProblemResponse.of(ProblemType.DEPENDENCY_UNAVAILABLE, e.getMessage(), request, uri);
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
