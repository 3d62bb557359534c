package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.Sku;

/** A stock adjustment would have left fewer than zero units on hand. */
public class StockAdjustmentRefusedException extends RuntimeException {

    public StockAdjustmentRefusedException(Sku sku, int delta, int onHand) {
        super("cannot adjust " + sku + " by " + delta + ": only " + onHand
                + " units are on hand (reserved and shipped units cannot be adjusted)");
    }
}
