package io.orderflow.order.application;

import io.orderflow.order.domain.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue entries inventory-service has confirmed recently, so that placing an order does not ask it again
 * for every order. A SKU's currency never changes once created (S2 has no such operation) and the price an order
 * pays comes from its reservation, not from here, so a remembered entry is never wrong; entries are forgotten after
 * a minute all the same. Only SKUs that exist are remembered: one created a moment ago is asked for, and found.
 */
@ApplicationScoped
public class KnownSkus {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 10_000;

    private record Known(Inventory.CatalogueEntry entry, Instant until) {
    }

    private final Inventory inventory;
    private final Clock clock;
    private final Map<Sku, Known> known = new ConcurrentHashMap<>();

    public KnownSkus(Inventory inventory, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
    }

    /** The catalogue entries that exist among these SKUs, asking inventory-service only for those not known. */
    public List<Inventory.CatalogueEntry> lookup(Collection<Sku> skus) {
        Instant now = clock.instant();
        List<Inventory.CatalogueEntry> found = new ArrayList<>();
        List<Sku> ask = new ArrayList<>();
        for (Sku sku : skus) {
            Known k = known.get(sku);
            if (k != null && k.until().isAfter(now)) {
                found.add(k.entry());
            } else {
                ask.add(sku);
            }
        }
        if (!ask.isEmpty()) {
            List<Inventory.CatalogueEntry> answered = inventory.lookup(ask);
            if (known.size() + answered.size() > MAX_ENTRIES) {
                known.clear();
            }
            answered.forEach(e -> known.put(e.sku(), new Known(e, now.plus(KEPT_FOR))));
            found.addAll(answered);
        }
        return found;
    }
}
