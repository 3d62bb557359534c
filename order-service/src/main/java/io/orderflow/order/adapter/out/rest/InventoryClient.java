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
import java.util.List;
import java.util.UUID;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * HTTP contract of inventory-service as order-service uses it; timeouts are named by its configKey in
 * configuration ({@code quarkus.rest-client.inventory.*}); each operation has a circuit breaker of its own.
 */
@OidcClientFilter
@RegisterRestClient(configKey = "inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface InventoryClient {

    @GET
    @Path("/skus")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("inventory-lookup")
    Response lookup(@QueryParam("sku") List<String> skus);

    @POST
    @Path("/reservations")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("inventory-reserve")
    Response reserve(@HeaderParam("Idempotency-Key") String idempotencyKey, ReserveRequest request);

    @GET
    @Path("/reservations")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("inventory-find-by-order")
    Response findByOrder(@QueryParam("orderId") UUID orderId);

    @POST
    @Path("/reservations/{id}/confirm")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("inventory-confirm")
    Response confirm(@PathParam("id") UUID reservationId);

    @POST
    @Path("/reservations/{id}/release")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("inventory-release")
    Response release(@PathParam("id") UUID reservationId);

    @POST
    @Path("/reservations/cancellations")
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2000)
    @CircuitBreakerName("inventory-cancel-order")
    Response cancelOrder(OrderRef order);

    /** Body of {@code POST /reservations/cancellations}. */
    record OrderRef(UUID orderId) {
    }

    /** Body of {@code POST /reservations}. */
    record ReserveRequest(UUID orderId, List<Line> lines) {
        record Line(String sku, int quantity) {
        }
    }

    /** A reservation as inventory-service returns it. */
    record ReservationDto(UUID id, UUID orderId, String status, List<LineDto> lines) {
        record LineDto(String sku, int quantity, long unitPriceMinor) {
        }
    }

    /** A catalogue entry as inventory-service returns it. */
    record SkuDto(String sku, String currency, long unitPriceMinor) {
    }
}
