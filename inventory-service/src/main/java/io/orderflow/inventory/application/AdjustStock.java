package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Use case: add units to, or remove units from, a SKU's stock on hand (goods in, stocktake, damage). */
@ApplicationScoped
public class AdjustStock {

    private static final Logger LOG = Logger.getLogger(AdjustStock.class);

    private final SkuCatalogue catalogue;
    private final StockLedger ledger;

    public AdjustStock(SkuCatalogue catalogue, StockLedger ledger) {
        this.catalogue = catalogue;
        this.ledger = ledger;
    }

    @Transactional
    public StockItem adjust(Sku sku, int delta, String reason) {
        if (delta == 0) {
            throw new IllegalArgumentException("a stock adjustment needs a non-zero delta");
        }
        if (!ledger.adjustOnHand(sku, delta)) {
            StockItem item = catalogue.find(sku).orElseThrow(() -> new SkuNotFoundException(sku));
            throw new StockAdjustmentRefusedException(sku, delta, item.onHand());
        }
        LOG.infof("stock on hand of %s adjusted by %d: %s", sku, delta, reason);
        return catalogue.find(sku).orElseThrow(() -> new SkuNotFoundException(sku));
    }
}
