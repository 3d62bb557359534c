package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/** Use case: read SKUs with their stock. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FindSkus {

    public static final int MAX_RESULTS = 500;

    private final SkuCatalogue catalogue;

    public FindSkus(SkuCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public StockItem one(Sku sku) {
        return catalogue.find(sku).orElseThrow(() -> new SkuNotFoundException(sku));
    }

    /** Those of the SKUs that exist, ordered by SKU. */
    public List<StockItem> existing(Collection<Sku> skus) {
        if (skus.size() > MAX_RESULTS) {
            throw new IllegalArgumentException("ask for at most " + MAX_RESULTS + " SKUs at once");
        }
        return catalogue.findAll(skus);
    }

    /** The first {@link #MAX_RESULTS} SKUs in SKU order. */
    public List<StockItem> all() {
        return catalogue.first(MAX_RESULTS);
    }
}
