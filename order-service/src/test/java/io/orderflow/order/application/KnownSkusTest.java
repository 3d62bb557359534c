package io.orderflow.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.order.domain.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Placing orders asks inventory-service about a SKU once a minute at most, and about an unknown one every time. */
class KnownSkusTest {

    private final FakeInventory inventory = new FakeInventory();
    private final SagaWorld.MutableClock clock = new SagaWorld.MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final KnownSkus catalogue = new KnownSkus(inventory, clock);
    private final Sku mug = new Sku("MUG-1");
    private final Sku cap = new Sku("CAP-1");

    @Test
    void aKnownSkuIsNotAskedForAgainWithinAMinute() {
        catalogue.lookup(List.of(mug));
        clock.advance(Duration.ofSeconds(59));

        List<Inventory.CatalogueEntry> found = catalogue.lookup(List.of(mug, cap));

        assertThat(found).extracting(Inventory.CatalogueEntry::sku).containsExactly(mug, cap);
        assertThat(inventory.lookups).containsExactly(List.of(mug), List.of(cap));
    }

    @Test
    void aKnownSkuIsAskedForAgainAfterAMinute() {
        catalogue.lookup(List.of(mug));
        clock.advance(KnownSkus.KEPT_FOR);

        catalogue.lookup(List.of(mug));

        assertThat(inventory.lookups).containsExactly(List.of(mug), List.of(mug));
    }

    @Test
    void anUnknownSkuIsAskedForEveryTimeSoOneCreatedSinceIsFound() {
        inventory.unknown.add(cap);
        assertThat(catalogue.lookup(List.of(cap))).isEmpty();

        inventory.unknown.clear();

        assertThat(catalogue.lookup(List.of(cap))).extracting(Inventory.CatalogueEntry::sku).containsExactly(cap);
        assertThat(inventory.lookups).containsExactly(List.of(cap), List.of(cap));
    }
}
