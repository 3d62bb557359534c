package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.ReservationRepository;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reservations in PostgreSQL, in plain SQL ({@link ReservationRows}) on the connection of the caller's transaction.
 */
@ApplicationScoped
public class SqlReservationRepository implements ReservationRepository {

    private final TransactionSql sql;

    public SqlReservationRepository(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public boolean addIfOrderHasNone(Reservation reservation) {
        // ON CONFLICT waits for a concurrent insert of the same order and then skips, without aborting
        // the transaction, so the caller can read the winner and answer as for a retry.
        return sql.run(connection -> ReservationRows.insertIfOrderHasNone(connection, reservation));
    }

    @Override
    public Optional<Reservation> find(ReservationId id) {
        return sql.run(connection -> ReservationRows.read(connection, ReservationRows.Key.ID, id.value(), false));
    }

    @Override
    public Optional<Reservation> findByOrder(OrderId orderId) {
        return sql.run(connection -> ReservationRows.read(connection, ReservationRows.Key.ORDER, orderId.value(), false));
    }

    @Override
    public Optional<Reservation> lock(ReservationId id) {
        return sql.run(connection -> ReservationRows.read(connection, ReservationRows.Key.ID, id.value(), true));
    }

    @Override
    public Optional<Reservation> lockByOrder(OrderId orderId) {
        return sql.run(connection -> ReservationRows.read(connection, ReservationRows.Key.ORDER, orderId.value(), true));
    }

    @Override
    public List<Reservation> lockOverdue(Instant now, int limit) {
        return sql.run(connection -> ReservationRows.lockOverdue(connection, now, limit));
    }

    @Override
    public void updateStatus(Reservation reservation, Instant now) {
        sql.run(connection -> {
            ReservationRows.updateStatus(connection, reservation, now);
            return null;
        });
    }
}
