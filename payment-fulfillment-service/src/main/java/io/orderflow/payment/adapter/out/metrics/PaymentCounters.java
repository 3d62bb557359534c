package io.orderflow.payment.adapter.out.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.payment.domain.FulfillmentDispatched;
import io.orderflow.payment.domain.FulfillmentRequested;
import io.orderflow.payment.domain.PaymentCaptured;
import io.orderflow.payment.domain.PaymentDeclined;
import io.orderflow.payment.domain.PaymentEvent;
import io.orderflow.payment.domain.PaymentRefunded;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * S3's command outcomes: {@code orderflow_payment_charges_total{outcome="approved|declined|failed"}},
 * {@code orderflow_payment_refunds_total} and {@code orderflow_fulfillments_total{outcome="requested|dispatched"}}.
 * Settled outcomes are counted from the event each change announces (a repeated command counts nothing); a failed
 * charge is a provider call without a usable answer (timeout, 5xx, open circuit), counted per attempt.
 */
@Startup
@ApplicationScoped
public class PaymentCounters {

    private final Counter approved;
    private final Counter declined;
    private final Counter failed;
    private final Counter refunded;
    private final Counter requested;
    private final Counter dispatched;

    public PaymentCounters(MeterRegistry registry) {
        approved = charges(registry, "approved");
        declined = charges(registry, "declined");
        failed = charges(registry, "failed");
        refunded = Counter.builder("orderflow.payment.refunds").description("Payments refunded").register(registry);
        requested = fulfillments(registry, "requested");
        dispatched = fulfillments(registry, "dispatched");
    }

    private static Counter charges(MeterRegistry registry, String outcome) {
        return Counter.builder("orderflow.payment.charges").description("Charges by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private static Counter fulfillments(MeterRegistry registry, String outcome) {
        return Counter.builder("orderflow.fulfillments").description("Shipment requests by outcome")
                .tag("outcome", outcome).register(registry);
    }

    /** Counts the change an event announces. */
    public void announced(PaymentEvent event) {
        if (event instanceof PaymentCaptured) {
            approved.increment();
        } else if (event instanceof PaymentDeclined) {
            declined.increment();
        } else if (event instanceof PaymentRefunded) {
            refunded.increment();
        } else if (event instanceof FulfillmentRequested) {
            requested.increment();
        } else if (event instanceof FulfillmentDispatched) {
            dispatched.increment();
        }
    }

    public void chargeFailed() {
        failed.increment();
    }
}
