package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockBucket;
import io.orderflow.inventory.domain.StockMove;

/** Port: moves units between a SKU's buckets, each change guarded so that no bucket goes negative. */
public interface StockLedger {

    /** Applies the move when its source bucket holds enough units; false (and no change) otherwise. */
    boolean apply(StockMove move);

    /** Adds {@code delta} (negative to remove) to on hand; false (and no change) if it would go negative. */
    boolean adjustOnHand(Sku sku, int delta);

    /** Units of the SKU in the bucket now, or 0 for an unknown SKU. */
    int unitsIn(Sku sku, StockBucket bucket);
}
