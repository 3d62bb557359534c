package io.orderflow.payment.adapter.in.rest;

import io.orderflow.payment.application.ChargeMayStillLandException;
import io.orderflow.payment.application.FulfillmentNotFoundException;
import io.orderflow.payment.application.IdempotencyKeyReusedException;
import io.orderflow.payment.application.OrderCancelledException;
import io.orderflow.payment.application.PaymentConflictException;
import io.orderflow.payment.application.PaymentNotFoundException;
import io.orderflow.payment.application.ProviderUnavailableException;
import io.orderflow.payment.application.ShipmentDispatchedException;
import io.orderflow.payment.domain.IllegalTransitionException;
import io.orderflow.rest.Problem;
import io.orderflow.rest.ProblemResponse;
import io.orderflow.rest.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.UUID;
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
    public Response fulfillmentNotFound(FulfillmentNotFoundException e, ContainerRequestContext request,
                                        UriInfo uri) {
        return ProblemResponse.of(ProblemType.NOT_FOUND, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response orderCancelled(OrderCancelledException e, ContainerRequestContext request, UriInfo uri) {
        return forOrder(ProblemType.ORDER_CANCELLED, e.getMessage(), e.orderId(), request, uri).build();
    }

    @ServerExceptionMapper
    public Response shipmentDispatched(ShipmentDispatchedException e, ContainerRequestContext request, UriInfo uri) {
        return forOrder(ProblemType.SHIPMENT_DISPATCHED, e.getMessage(), e.orderId(), request, uri).build();
    }

    @ServerExceptionMapper
    public Response chargeMayStillLand(ChargeMayStillLandException e, ContainerRequestContext request,
                                       UriInfo uri) {
        LOG.infof("%s %s answered 503: %s", request.getMethod(), uri.getPath(), e.getMessage());
        return forOrder(ProblemType.DEPENDENCY_UNAVAILABLE, e.getMessage(), e.orderId(), request, uri)
                .header(HttpHeaders.RETRY_AFTER, wholeSecondsAtLeastOne(e.retryAfter())).build();
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

    private static Response.ResponseBuilder forOrder(ProblemType type, String detail, UUID orderId,
                                                     ContainerRequestContext request, UriInfo uri) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(ProblemResponse.forOrder(type, detail, request, uri, orderId.toString()));
    }

    private static String wholeSecondsAtLeastOne(Duration duration) {
        long millis = duration.toMillis();
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }
}
