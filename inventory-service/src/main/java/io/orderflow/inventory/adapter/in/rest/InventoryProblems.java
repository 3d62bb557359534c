package io.orderflow.inventory.adapter.in.rest;

import io.orderflow.inventory.application.OrderCancelledException;
import io.orderflow.inventory.application.OrderReservedWithOtherLinesException;
import io.orderflow.inventory.application.OutOfStockException;
import io.orderflow.inventory.application.ReservationNotFoundException;
import io.orderflow.inventory.application.SkuAlreadyExistsException;
import io.orderflow.inventory.application.SkuNotFoundException;
import io.orderflow.inventory.application.StockAdjustmentRefusedException;
import io.orderflow.inventory.application.UnknownSkusException;
import io.orderflow.inventory.domain.IllegalTransitionException;
import io.orderflow.inventory.domain.MixedCurrenciesException;
import io.orderflow.rest.Problem;
import io.orderflow.rest.ProblemResponse;
import io.orderflow.rest.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps inventory-service exceptions onto the shared problem types. */
public class InventoryProblems {

    private final RefusedReservations refused;

    public InventoryProblems(RefusedReservations refused) {
        this.refused = refused;
    }

    @ServerExceptionMapper
    public Response skuNotFound(SkuNotFoundException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.NOT_FOUND, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response reservationNotFound(ReservationNotFoundException e, ContainerRequestContext request,
                                        UriInfo uri) {
        return ProblemResponse.of(ProblemType.NOT_FOUND, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response skuExists(SkuAlreadyExistsException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.CONFLICT, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response otherLines(OrderReservedWithOtherLinesException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.CONFLICT, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response orderCancelled(OrderCancelledException e, ContainerRequestContext request, UriInfo uri) {
        ProblemType type = ProblemType.ORDER_CANCELLED;
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(ProblemResponse.forOrder(type, e.getMessage(), request, uri, e.orderId().toString())).build();
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.CONFLICT, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response outOfStock(OutOfStockException e, ContainerRequestContext request, UriInfo uri) {
        refused.count();
        return ProblemResponse.of(ProblemType.OUT_OF_STOCK, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response adjustmentRefused(StockAdjustmentRefusedException e, ContainerRequestContext request,
                                      UriInfo uri) {
        return ProblemResponse.of(ProblemType.BUSINESS_RULE, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response mixedCurrencies(MixedCurrenciesException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.BUSINESS_RULE, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response unknownSkus(UnknownSkusException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.VALIDATION_FAILED, e.getMessage(), request, uri);
    }
}
