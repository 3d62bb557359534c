package io.orderflow.inventory.adapter.in.rest;

import io.orderflow.inventory.domain.StockItem;

/** A SKU with its price and stock as the API shows it. */
public record SkuResponse(String sku, String name, long unitPriceMinor, String currency, int onHand, int reserved,
                          int shipped) {

    static SkuResponse of(StockItem item) {
        return new SkuResponse(item.sku().value(), item.name(), item.unitPrice().amountMinor(),
                item.unitPrice().currency(), item.onHand(), item.reserved(), item.shipped());
    }
}
