package io.orderflow.observability;

import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * Puts the order a piece of work concerns in the log context, so every JSON log line it writes carries
 * {@code orderId} beside {@code traceId}, {@code spanId} and {@code correlationId}. Used at the edges (REST
 * resources, the saga's entry, the recovery loop); whatever was there before is put back afterwards.
 */
public final class OrderLogContext {

    /** The MDC key, and so the field name in the JSON logs. */
    public static final String KEY = "orderId";

    private OrderLogContext() {
    }

    /** Runs {@code work} with {@code orderId} in the log context and returns its result. */
    public static <T> T with(Object orderId, Supplier<T> work) {
        Object previous = MDC.get(KEY);
        if (orderId != null) {
            MDC.put(KEY, orderId.toString());
        }
        try {
            return work.get();
        } finally {
            if (previous == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, previous);
            }
        }
    }

    /** Runs {@code work} with {@code orderId} in the log context. */
    public static void run(Object orderId, Runnable work) {
        with(orderId, () -> {
            work.run();
            return null;
        });
    }
}
