package io.orderflow.order.domain;

import java.time.Instant;

/** Fact: the order could not be completed; nothing is held or charged for it. Schema version 1. */
public record OrderFailed(String orderId, FailureCode code, String reason, Instant failedAt) implements OrderEvent {

    public static final String TYPE = "OrderFailed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return 1;
    }
}
