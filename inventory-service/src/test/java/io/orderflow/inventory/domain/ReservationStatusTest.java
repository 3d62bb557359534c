package io.orderflow.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationStatusTest {

    private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

    @Test
    void heldCanBeConfirmedReleasedOrExpired() {
        assertThat(ReservationStatus.HELD.next()).containsExactlyInAnyOrder(
                ReservationStatus.CONFIRMED, ReservationStatus.RELEASED, ReservationStatus.EXPIRED);
    }

    @Test
    void confirmedCanOnlyBeReleased() {
        assertThat(ReservationStatus.CONFIRMED.next()).containsExactly(ReservationStatus.RELEASED);
    }

    @Test
    void releasedAndExpiredAreTerminal() {
        assertThat(ReservationStatus.RELEASED.isTerminal()).isTrue();
        assertThat(ReservationStatus.EXPIRED.isTerminal()).isTrue();
        assertThat(ReservationStatus.HELD.isTerminal()).isFalse();
    }

    @Test
    void confirmingMovesUnitsFromReservedToShipped() {
        Reservation reservation = held();
        assertThat(reservation.moveTo(ReservationStatus.CONFIRMED))
                .containsExactly(new StockMove(new Sku("A"), 2, StockBucket.RESERVED, StockBucket.SHIPPED));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void releasingAConfirmedReservationRestocksShippedUnits() {
        Reservation reservation = held();
        reservation.moveTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.moveTo(ReservationStatus.RELEASED))
                .containsExactly(new StockMove(new Sku("A"), 2, StockBucket.SHIPPED, StockBucket.ON_HAND));
    }

    @Test
    void expiringPutsHeldUnitsBackOnHand() {
        assertThat(held().moveTo(ReservationStatus.EXPIRED))
                .containsExactly(new StockMove(new Sku("A"), 2, StockBucket.RESERVED, StockBucket.ON_HAND));
    }

    @Test
    void anExpiredReservationCannotBeConfirmed() {
        Reservation reservation = held();
        reservation.moveTo(ReservationStatus.EXPIRED);
        assertThatThrownBy(() -> reservation.moveTo(ReservationStatus.CONFIRMED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is EXPIRED and cannot become CONFIRMED; its stock is no longer held");
        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void aConfirmedReservationCannotExpire() {
        Reservation reservation = held();
        reservation.moveTo(ReservationStatus.CONFIRMED);
        assertThatThrownBy(() -> reservation.moveTo(ReservationStatus.EXPIRED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is CONFIRMED and cannot become EXPIRED");
    }

    @Test
    void nothingReturnsToHeld() {
        for (ReservationStatus status : ReservationStatus.values()) {
            assertThat(status.canMoveTo(ReservationStatus.HELD)).as(status.name()).isFalse();
        }
    }

    @Test
    void aHeldReservationIsOverdueOnlyAfterItsExpiry() {
        Reservation reservation = held();
        assertThat(reservation.isOverdue(NOW.plus(Duration.ofMinutes(10)))).isFalse();
        assertThat(reservation.isOverdue(NOW.plus(Duration.ofMinutes(10)).plusMillis(1))).isTrue();
        reservation.moveTo(ReservationStatus.CONFIRMED);
        assertThat(reservation.isOverdue(NOW.plus(Duration.ofDays(1)))).isFalse();
    }

    private static Reservation held() {
        return Reservation.hold(ReservationId.newId(), new OrderId(UUID.randomUUID()),
                List.of(new ReservationLine(new Sku("A"), new Quantity(2), new Money(500, "EUR"))), NOW,
                Duration.ofMinutes(10));
    }
}
