package io.orderflow.order.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Counts of unfinished orders, for the operators' gauges: one statement over the open-orders index. */
@ApplicationScoped
public class OrderBacklogQuery {

    /** Unfinished orders with unsettled attempts still being retried, and those recovery gave up on. */
    public record Counts(long inDoubt, long needsAttention) {
    }

    @Transactional
    public Counts count() {
        Object[] row = (Object[]) OrderEntity.getEntityManager().createNativeQuery("""
                        SELECT count(*) FILTER (WHERE NOT needs_attention AND attempts > 0),
                               count(*) FILTER (WHERE needs_attention)
                        FROM orders
                        WHERE status NOT IN ('FULFILLMENT_CREATED', 'FAILED', 'CANCELLED')""")
                .getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
