package io.orderflow.payment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When a PENDING payment is given up instead of being charged or waited for again. */
@ConfigMapping(prefix = "payments")
public interface PaymentSettings {

    /**
     * How long after its last charge attempt a PENDING payment the provider has no charge for may be
     * voided. Must be longer than the longest provider call, or a late charge could land on a voided
     * payment: the rest client allows 1 s to connect plus {@code read-timeout} (5 s) and
     * {@code GuardedProviderCalls} cuts every call at 6 s.
     */
    @WithDefault("30s")
    Duration voidPendingAfter();

    /** Charge attempts after which a payment the provider keeps failing is voided instead of charged again. */
    @WithDefault("3")
    int maxChargeAttempts();
}
