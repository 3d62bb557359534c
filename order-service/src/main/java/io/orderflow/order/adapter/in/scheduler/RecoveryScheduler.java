package io.orderflow.order.adapter.in.scheduler;

import io.orderflow.order.application.RecoverOrders;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs recovery at start and then periodically ({@code orders.recovery.interval}, "off" to disable). At the stop no
 * new pass begins and the one under way is given up to 10 s to end before the datasource closes under it (an
 * unfinished pass is safe, the next start runs it again, but it failed with an ERROR on every such stop).
 */
@ApplicationScoped
public class RecoveryScheduler {

    private static final long STOP_WAIT_SECONDS = 10;

    private final RecoverOrders recoverOrders;
    private final ReentrantLock pass = new ReentrantLock();
    private volatile boolean stopping;

    public RecoveryScheduler(RecoverOrders recoverOrders) {
        this.recoverOrders = recoverOrders;
    }

    @Scheduled(identity = "order-recovery", every = "${orders.recovery.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void recover() {
        pass.lock();
        try {
            while (!stopping && recoverOrders.runOnce() > 0) {
                // keep going while whole batches are due
            }
        } finally {
            pass.unlock();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (pass.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
            pass.unlock();
        }
    }
}
