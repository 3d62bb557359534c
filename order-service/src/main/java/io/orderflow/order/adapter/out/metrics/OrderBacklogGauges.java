package io.orderflow.order.adapter.out.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.orderflow.order.adapter.out.persistence.OrderBacklogQuery;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Two gauges over the orders table, counted by one cheap query every {@code orders.metrics.backlog-refresh}
 * (5 s) rather than on every scrape: {@code orderflow_orders_in_doubt} (unfinished orders with at least one
 * step that could not be settled, which recovery is still retrying) and {@code orderflow_orders_needs_attention}
 * (unfinished orders recovery gave up on, as {@code GET /ops/orders/attention} lists them). Every copy of
 * order-service reports the same database: aggregate with {@code max}, not {@code sum}.
 */
@Startup
@ApplicationScoped
public class OrderBacklogGauges {

    private static final Logger LOG = Logger.getLogger(OrderBacklogGauges.class);

    private final OrderBacklogQuery query;
    private final AtomicLong inDoubt = new AtomicLong();
    private final AtomicLong needsAttention = new AtomicLong();

    public OrderBacklogGauges(MeterRegistry registry, OrderBacklogQuery query) {
        this.query = query;
        Gauge.builder("orderflow.orders.in.doubt", inDoubt, AtomicLong::get)
                .description("Unfinished orders with a step recovery is still trying to settle")
                .register(registry);
        Gauge.builder("orderflow.orders.needs.attention", needsAttention, AtomicLong::get)
                .description("Unfinished orders recovery gave up on: a person has to look at them")
                .register(registry);
    }

    /** Counts again; when the database cannot answer, the last counts stay (the health check reports it). */
    @Scheduled(identity = "order-backlog-gauges", every = "${orders.metrics.backlog-refresh:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        try {
            OrderBacklogQuery.Counts counts = query.count();
            inDoubt.set(counts.inDoubt());
            needsAttention.set(counts.needsAttention());
        } catch (RuntimeException e) {
            LOG.debugf("order backlog not counted: %s", e.toString());
        }
    }
}
