package io.orderflow.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");

    @Test
    void holdingPricesTheLinesAndSetsTheExpiry() {
        Reservation reservation = hold(line("B", 3, 250, "EUR"), line("A", 1, 1000, "EUR"));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.total()).isEqualTo(new Money(1750, "EUR"));
        assertThat(reservation.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(reservation.stockToTake()).containsExactly(
                new StockMove(new Sku("B"), 3, StockBucket.ON_HAND, StockBucket.RESERVED),
                new StockMove(new Sku("A"), 1, StockBucket.ON_HAND, StockBucket.RESERVED));
    }

    @Test
    void linesInSeveralCurrenciesAreRefused() {
        assertThatThrownBy(() -> hold(line("A", 1, 100, "EUR"), line("B", 1, 100, "USD")))
                .isInstanceOf(MixedCurrenciesException.class)
                .hasMessageContaining("EUR and USD");
    }

    @Test
    void aReservationNeedsDistinctSkusAndAtLeastOneLine() {
        assertThatThrownBy(() -> hold(line("A", 1, 100, "EUR"), line("A", 2, 100, "EUR")))
                .hasMessageContaining("one line only");
        assertThatThrownBy(ReservationTest::hold).hasMessageContaining("at least one line");
    }

    @Test
    void theFingerprintIgnoresLineOrderButNotQuantities() {
        String ab = hold(line("A", 1, 100, "EUR"), line("B", 2, 100, "EUR")).linesFingerprint();
        String ba = LinesFingerprint.of(List.of(requested("B", 2), requested("A", 1)));
        String other = LinesFingerprint.of(List.of(requested("A", 1), requested("B", 3)));
        assertThat(ab).isEqualTo(ba).hasSize(64).isNotEqualTo(other);
    }

    @Test
    void stockMovesAreMergedPerSkuAndSortedSoRowsAreLockedInOneOrder() {
        List<StockMove> merged = StockMove.mergedInSkuOrder(List.of(
                new StockMove(new Sku("C"), 1, StockBucket.RESERVED, StockBucket.ON_HAND),
                new StockMove(new Sku("A"), 2, StockBucket.RESERVED, StockBucket.ON_HAND),
                new StockMove(new Sku("C"), 4, StockBucket.RESERVED, StockBucket.ON_HAND)));
        assertThat(merged).containsExactly(
                new StockMove(new Sku("A"), 2, StockBucket.RESERVED, StockBucket.ON_HAND),
                new StockMove(new Sku("C"), 5, StockBucket.RESERVED, StockBucket.ON_HAND));
    }

    @Test
    void valuesAreValidated() {
        assertThatThrownBy(() -> new Sku("sku-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quantity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quantity(Quantity.MAX_PER_LINE + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(1, "eur")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Reservation hold(ReservationLine... lines) {
        return Reservation.hold(ReservationId.newId(), new OrderId(UUID.randomUUID()), List.of(lines), NOW,
                Duration.ofMinutes(10));
    }

    private static ReservationLine line(String sku, int quantity, long price, String currency) {
        return new ReservationLine(new Sku(sku), new Quantity(quantity), new Money(price, currency));
    }

    private static RequestedLine requested(String sku, int quantity) {
        return new RequestedLine(new Sku(sku), new Quantity(quantity));
    }
}
