package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockItem;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the SKUs the inventory knows, with their prices and stock. */
public interface SkuCatalogue {

    /** Adds the SKU; false when a SKU with this code exists already. */
    boolean addIfAbsent(StockItem item);

    Optional<StockItem> find(Sku sku);

    /** Those of the given SKUs that exist, ordered by SKU. */
    List<StockItem> findAll(Collection<Sku> skus);

    /** The first SKUs in SKU order. */
    List<StockItem> first(int limit);
}
