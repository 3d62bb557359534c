package io.orderflow.order.application;

import io.orderflow.observability.OrderLogContext;
import io.orderflow.order.config.RecoveryConfig;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Use case: finish what crashed or timed-out sagas left unfinished. Claims due orders (several
 * copies of order-service never claim the same one), runs their saga again (every step asks or
 * repeats with the same idempotency key) and records what still cannot be settled, with backoff.
 */
@ApplicationScoped
public class RecoverOrders {

    private static final Logger LOG = Logger.getLogger(RecoverOrders.class);

    private final OrderLedger ledger;
    private final OrderSaga saga;
    private final RecoveryConfig config;
    private final SagaMetrics metrics;

    public RecoverOrders(OrderLedger ledger, OrderSaga saga, RecoveryConfig config, SagaMetrics metrics) {
        this.ledger = ledger;
        this.saga = saga;
        this.config = config;
        this.metrics = metrics;
    }

    /** One pass; returns how many orders it took up. */
    public int runOnce() {
        List<OrderId> claimed = ledger.claimDue(config.staleAfter(), config.lease(), config.batchSize());
        for (OrderId id : claimed) {
            OrderLogContext.run(id, () -> recover(id));
        }
        return claimed.size();
    }

    private void recover(OrderId id) {
        try {
            Order order = saga.advance(id);
            LOG.infof("recovery: order %s is %s", id, order.status());
            metrics.recoveryAttempt(order.status().isUnfinished() ? SagaMetrics.RecoveryResult.UNSETTLED
                    : SagaMetrics.RecoveryResult.SETTLED);
        } catch (RuntimeException e) {
            LOG.warnf("recovery: order %s failed: %s", id, e.toString());
            metrics.recoveryAttempt(SagaMetrics.RecoveryResult.ERROR);
            ledger.recordInDoubt(id, "recovery: " + e);
        }
    }

    public List<RecoveryQueue.Attention> needingAttention() {
        return ledger.needingAttention();
    }

    /** An operator asks for another try of an order recovery gave up on. */
    public void retryNow(OrderId id) {
        ledger.retryNow(id);
    }
}
