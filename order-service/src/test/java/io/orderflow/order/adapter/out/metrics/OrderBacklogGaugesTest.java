package io.orderflow.order.adapter.out.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.orderflow.order.adapter.out.persistence.OrderBacklogQuery;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderBacklogGaugesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScriptedQuery query = new ScriptedQuery();
    private final OrderBacklogGauges gauges = new OrderBacklogGauges(registry, query);

    @Test
    void gaugesExistWithZeroBeforeTheFirstCount() {
        assertThat(gauge("orderflow.orders.in.doubt")).isZero();
        assertThat(gauge("orderflow.orders.needs.attention")).isZero();
    }

    @Test
    void aScrapeReadsTheLastCountAndNeverQueriesTheDatabase() {
        query.next = new OrderBacklogQuery.Counts(3, 1);
        gauges.refresh();

        for (int scrape = 0; scrape < 5; scrape++) {
            assertThat(gauge("orderflow.orders.in.doubt")).isEqualTo(3);
            assertThat(gauge("orderflow.orders.needs.attention")).isEqualTo(1);
        }
        assertThat(query.calls).hasValue(1);
    }

    @Test
    void aDatabaseThatCannotAnswerLeavesTheLastCounts() {
        query.next = new OrderBacklogQuery.Counts(2, 4);
        gauges.refresh();
        query.next = null;
        gauges.refresh();

        assertThat(gauge("orderflow.orders.in.doubt")).isEqualTo(2);
        assertThat(gauge("orderflow.orders.needs.attention")).isEqualTo(4);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private static final class ScriptedQuery extends OrderBacklogQuery {

        OrderBacklogQuery.Counts next = new OrderBacklogQuery.Counts(0, 0);
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Counts count() {
            calls.incrementAndGet();
            if (next == null) {
                throw new IllegalStateException("database down");
            }
            return next;
        }
    }
}
