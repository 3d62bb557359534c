package io.orderflow.inventory.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Units of one SKU moving from one bucket to another; the total over the buckets stays the same. */
public record StockMove(Sku sku, int units, StockBucket from, StockBucket to) {

    public StockMove {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (units < 1) {
            throw new IllegalArgumentException("a stock move needs at least one unit, got: " + units);
        }
        if (from == to) {
            throw new IllegalArgumentException("a stock move needs two different buckets, got: " + from);
        }
    }

    /**
     * Adds up the moves of the same SKU between the same buckets and sorts them by SKU: applying them in
     * this order locks stock rows in one global order, so concurrent transactions cannot deadlock.
     */
    public static List<StockMove> mergedInSkuOrder(Collection<StockMove> moves) {
        Map<Route, Integer> units = new LinkedHashMap<>();
        for (StockMove move : moves) {
            units.merge(new Route(move.sku, move.from, move.to), move.units, Math::addExact);
        }
        return units.entrySet().stream()
                .map(e -> new StockMove(e.getKey().sku(), e.getValue(), e.getKey().from(), e.getKey().to()))
                .sorted(Comparator.comparing(StockMove::sku))
                .toList();
    }

    private record Route(Sku sku, StockBucket from, StockBucket to) {
    }
}
