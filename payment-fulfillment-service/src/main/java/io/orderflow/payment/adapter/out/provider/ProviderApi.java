package io.orderflow.payment.adapter.out.provider;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The provider's Stripe-like HTTP API. Every method returns the raw {@link Response} (the default
 * exception mapper is disabled) because a 402 is an answer, not an error.
 */
@RegisterRestClient(configKey = "payment-provider")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProviderApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @POST
    @Path("/charges")
    Response charge(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, ProviderJson.ChargeRequest request);

    @GET
    @Path("/charges")
    Response findCharges(@QueryParam("idempotency_key") String idempotencyKey);

    @POST
    @Path("/refunds")
    Response refund(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, ProviderJson.RefundRequest request);
}
