package io.orderflow.order.adapter.in.scheduler;

import io.orderflow.order.application.RecoverOrders;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs recovery at start and then periodically ({@code orders.recovery.interval}, "off" to disable). */
@ApplicationScoped
public class RecoveryScheduler {

    private final RecoverOrders recoverOrders;

    public RecoveryScheduler(RecoverOrders recoverOrders) {
        this.recoverOrders = recoverOrders;
    }

    @Scheduled(identity = "order-recovery", every = "${orders.recovery.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recover() {
        while (recoverOrders.runOnce() > 0) {
            // keep going while whole batches are due
        }
    }
}
