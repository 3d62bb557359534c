package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;

/** A line asked for more units than are on hand; nothing was reserved. */
public class OutOfStockException extends RuntimeException {

    public OutOfStockException(Sku sku, int requested, int available) {
        super("not enough stock for " + sku + ": requested " + requested + ", available " + available);
    }
}
