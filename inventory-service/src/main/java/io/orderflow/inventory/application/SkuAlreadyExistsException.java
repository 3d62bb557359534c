package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;

/** A SKU with this code is in the catalogue already. */
public class SkuAlreadyExistsException extends RuntimeException {

    public SkuAlreadyExistsException(Sku sku) {
        super("SKU " + sku + " exists already; adjust its stock with POST /skus/" + sku + "/stock-adjustments");
    }
}
