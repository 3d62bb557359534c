package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.StockItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Use case: add a SKU to the catalogue with its initial stock on hand. */
@ApplicationScoped
public class CreateSku {

    private final SkuCatalogue catalogue;

    public CreateSku(SkuCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Transactional
    public StockItem create(StockItem item) {
        if (!catalogue.addIfAbsent(item)) {
            throw new SkuAlreadyExistsException(item.sku());
        }
        return item;
    }
}
