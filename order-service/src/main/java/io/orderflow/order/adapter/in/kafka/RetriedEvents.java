package io.orderflow.order.adapter.in.kafka;

import io.orderflow.order.application.EventHandler;
import io.orderflow.order.application.IncomingEvent;
import io.orderflow.order.application.PoisonEventException;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * One event applied with the consumers' retries: exponential backoff, about half a minute in all, long enough to ride
 * out a database restart; poison is not retried. Its own bean so that the retry interceptor applies.
 */
@ApplicationScoped
public class RetriedEvents {

    @Retry(maxRetries = 8, delay = 200, jitter = 100, abortOn = PoisonEventException.class)
    @ExponentialBackoff(factor = 2, maxDelay = 10_000)
    public void apply(EventHandler handler, IncomingEvent event) {
        handler.apply(event);
    }
}
