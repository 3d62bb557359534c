package io.orderflow.order.domain;

import java.time.Instant;
import java.util.List;

/** Fact: a customer placed an order. Schema version 1. */
public record OrderPlaced(String orderId, List<Line> lines, String currency, Instant placedAt) implements OrderEvent {

    public static final String TYPE = "OrderPlaced";
    public static final int SCHEMA_VERSION = 1;

    /** One ordered line. */
    public record Line(String sku, int quantity) {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }

    public static OrderPlaced of(Order order) {
        return new OrderPlaced(order.id().toString(),
                order.lines().stream().map(l -> new Line(l.sku().value(), l.quantity().value())).toList(),
                order.currency(), order.createdAt());
    }
}
