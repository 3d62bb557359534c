package io.orderflow.order.adapter.out.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * HTTP contract of payment-fulfillment-service as order-service uses it; timeouts are named by its configKey in
 * configuration ({@code quarkus.rest-client.payment.*}); each operation has a circuit breaker of its own.
 */
@OidcClientFilter
@RegisterRestClient(configKey = "payment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PaymentClient {

    @POST
    @Path("/payments")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("payment-pay")
    Response pay(@HeaderParam("Idempotency-Key") String idempotencyKey, PayRequest request);

    @GET
    @Path("/payments")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("payment-find-by-order")
    Response findByOrder(@QueryParam("orderId") UUID orderId);

    @POST
    @Path("/payments/{id}/refund")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("payment-refund")
    Response refund(@PathParam("id") UUID paymentId);

    @POST
    @Path("/payments/cancellations")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("payment-cancel-order")
    Response cancelOrder(InventoryClient.OrderRef order);

    /** Body of {@code POST /payments}. */
    record PayRequest(UUID orderId, UUID reservationId, long amountMinor, String currency, String paymentToken,
                      String shippingAddress) {
    }

    /** A payment as payment-fulfillment-service returns it. */
    record PaymentDto(UUID id, UUID orderId, Status status, UUID fulfillmentId, String declineReason,
                      String failureReason) {
    }

    /** A payment's state at S3, as its contract names them; an unknown one fails the read (in doubt). */
    enum Status {
        PENDING, CAPTURED, DECLINED, VOIDED, REFUNDED
    }
}
