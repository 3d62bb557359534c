package io.orderflow.inventory.adapter.in.scheduler;

import io.orderflow.inventory.application.ExpireOverdueReservations;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Periodically returns the stock of reservations whose time is up. Safe to run in several instances. */
@ApplicationScoped
public class ReservationSweeper {

    /** Scheduler identity, for pausing the sweeper (tests do). */
    public static final String IDENTITY = "reservation-sweeper";

    private final ExpireOverdueReservations expireOverdue;

    public ReservationSweeper(ExpireOverdueReservations expireOverdue) {
        this.expireOverdue = expireOverdue;
    }

    @Scheduled(identity = IDENTITY, every = "${inventory.reservation.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        // A full batch means more may be overdue: keep going rather than wait for the next tick.
        int expired;
        do {
            expired = expireOverdue.expireBatch();
        } while (expired == ExpireOverdueReservations.BATCH_SIZE);
    }
}
