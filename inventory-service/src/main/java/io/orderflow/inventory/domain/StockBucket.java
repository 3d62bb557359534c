package io.orderflow.inventory.domain;

/** Where a SKU's units are: free to reserve, held for an order, or confirmed (shipped). */
public enum StockBucket {
    ON_HAND,
    RESERVED,
    SHIPPED
}
