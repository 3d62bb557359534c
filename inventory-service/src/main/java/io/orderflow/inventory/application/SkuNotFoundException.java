package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;

/** No SKU has this code. */
public class SkuNotFoundException extends RuntimeException {

    public SkuNotFoundException(Sku sku) {
        super("no SKU " + sku);
    }
}
