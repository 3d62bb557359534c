package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.ReservationRepository;
import io.orderflow.inventory.domain.Money;
import io.orderflow.inventory.domain.OrderId;
import io.orderflow.inventory.domain.Quantity;
import io.orderflow.inventory.domain.Reservation;
import io.orderflow.inventory.domain.ReservationId;
import io.orderflow.inventory.domain.ReservationLine;
import io.orderflow.inventory.domain.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reservations in PostgreSQL: inserted and locked with SQL, read and updated as entities. */
@ApplicationScoped
public class JpaReservationRepository implements ReservationRepository {

    private final EntityManager entityManager;

    public JpaReservationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean addIfOrderHasNone(Reservation reservation) {
        // ON CONFLICT waits for a concurrent insert of the same order and then skips, without aborting
        // the transaction, so the caller can read the winner and answer as for a retry.
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO reservations (id, order_id, status, lines_fingerprint, total_minor, currency,
                                                  expires_at, created_at, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                        ON CONFLICT (order_id) DO NOTHING""")
                .setParameter(1, reservation.id().value())
                .setParameter(2, reservation.orderId().value())
                .setParameter(3, reservation.status().name())
                .setParameter(4, reservation.linesFingerprint())
                .setParameter(5, reservation.total().amountMinor())
                .setParameter(6, reservation.total().currency())
                .setParameter(7, reservation.expiresAt())
                .setParameter(8, reservation.createdAt())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        for (ReservationLine line : reservation.lines()) {
            entityManager.createNativeQuery("INSERT INTO reservation_lines (reservation_id, sku, quantity, "
                            + "unit_price_minor) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, reservation.id().value())
                    .setParameter(2, line.sku().value())
                    .setParameter(3, line.quantity().value())
                    .setParameter(4, line.unitPrice().amountMinor())
                    .executeUpdate();
        }
        return true;
    }

    @Override
    public Optional<Reservation> find(ReservationId id) {
        return ReservationEntity.<ReservationEntity>findByIdOptional(id.value())
                .map(JpaReservationRepository::toDomain);
    }

    @Override
    public Optional<Reservation> findByOrder(OrderId orderId) {
        return ReservationEntity.<ReservationEntity>find("orderId", orderId.value()).firstResultOptional()
                .map(JpaReservationRepository::toDomain);
    }

    @Override
    public Optional<Reservation> lock(ReservationId id) {
        List<?> locked = entityManager.createNativeQuery("SELECT id FROM reservations WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id.value())
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : find(id);
    }

    @Override
    public Optional<Reservation> lockByOrder(OrderId orderId) {
        // No result class: with one, Hibernate ORM adds a query plan per call (docs/performance.md); PostgreSQL's
        // driver returns a uuid column as a UUID anyway.
        List<?> locked = entityManager.createNativeQuery("SELECT id FROM reservations WHERE order_id = ?1 FOR UPDATE")
                .setParameter(1, orderId.value())
                .getResultList();
        return locked.isEmpty() ? Optional.empty() : find(new ReservationId((UUID) locked.get(0)));
    }

    @Override
    public List<Reservation> lockOverdue(Instant now, int limit) {
        List<UUID> ids = entityManager.createNativeQuery("""
                        SELECT id FROM reservations WHERE status = 'HELD' AND expires_at < ?1
                        ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList().stream().map(UUID.class::cast).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(
                        "select r from ReservationEntity r left join fetch r.lines where r.id in :ids",
                        ReservationEntity.class)
                .setParameter("ids", ids)
                .getResultList().stream().map(JpaReservationRepository::toDomain).toList();
    }

    @Override
    public void updateStatus(Reservation reservation, Instant now) {
        ReservationEntity entity = entityManager.find(ReservationEntity.class, reservation.id().value());
        entity.status = reservation.status();
        entity.updatedAt = now;
    }

    static Reservation toDomain(ReservationEntity e) {
        List<ReservationLine> lines = e.lines.stream()
                .map(l -> new ReservationLine(new Sku(l.sku), new Quantity(l.quantity),
                        new Money(l.unitPriceMinor, e.currency)))
                .toList();
        return Reservation.restore(new ReservationId(e.id), new OrderId(e.orderId), lines, e.expiresAt, e.createdAt,
                e.status);
    }
}
