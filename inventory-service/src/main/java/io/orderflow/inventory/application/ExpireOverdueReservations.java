package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/** Use case: return the stock of held reservations whose time is up, one batch per transaction. */
@ApplicationScoped
public class ExpireOverdueReservations {

    public static final int BATCH_SIZE = 100;

    private static final Logger LOG = Logger.getLogger(ExpireOverdueReservations.class);

    private final ReservationRepository reservations;
    private final ReservationTransitions transitions;
    private final Clock clock;

    public ExpireOverdueReservations(ReservationRepository reservations, ReservationTransitions transitions,
                                     Clock clock) {
        this.reservations = reservations;
        this.transitions = transitions;
        this.clock = clock;
    }

    /** Expires one batch and returns its size; a full batch means more may be waiting. */
    @Transactional
    public int expireBatch() {
        // Locked rows are skipped, so several instances sweeping at once never expire the same reservation.
        List<Reservation> overdue = reservations.lockOverdue(clock.instant(), BATCH_SIZE);
        if (!overdue.isEmpty()) {
            transitions.moveTo(ReservationStatus.EXPIRED, overdue);
            LOG.infof("expired %d overdue reservations", overdue.size());
        }
        return overdue.size();
    }
}
