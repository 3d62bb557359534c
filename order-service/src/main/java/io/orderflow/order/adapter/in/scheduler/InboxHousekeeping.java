package io.orderflow.order.adapter.in.scheduler;

import io.orderflow.order.application.TrimInbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Trims the consumers' inbox once an hour (consumers.inbox-retention). */
@ApplicationScoped
public class InboxHousekeeping {

    private static final Logger LOG = Logger.getLogger(InboxHousekeeping.class);

    private final TrimInbox trimInbox;
    private final Duration retention;

    public InboxHousekeeping(TrimInbox trimInbox, @ConfigProperty(name = "consumers.inbox-retention") Duration retention) {
        this.trimInbox = trimInbox;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void trim() {
        int forgotten = trimInbox.olderThan(retention);
        if (forgotten > 0) {
            LOG.infof("inbox: forgot %d deliveries older than %s", forgotten, retention);
        }
    }
}
