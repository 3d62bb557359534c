package io.orderflow.payment.adapter.out.provider;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Provider calls with their resilience: an overall timeout on top of the client's connect and read
 * timeouts, and a circuit breaker per operation. No retry here: a charge is repeated only after a
 * lookup by idempotency key, which {@code SettlePayment} does.
 */
@ApplicationScoped
public class GuardedProviderCalls {

    private final ProviderApi api;

    public GuardedProviderCalls(@RestClient ProviderApi api) {
        this.api = api;
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("payment-provider-charge")
    public ProviderReply charge(String idempotencyKey, ProviderJson.ChargeRequest request) {
        return ProviderReply.read(api.charge(idempotencyKey, request));
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("payment-provider-lookup")
    public ProviderReply findCharges(String idempotencyKey) {
        return ProviderReply.read(api.findCharges(idempotencyKey));
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("payment-provider-refund")
    public ProviderReply refund(String idempotencyKey, ProviderJson.RefundRequest request) {
        return ProviderReply.read(api.refund(idempotencyKey, request));
    }
}
