package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the API shows it. */
public record OrderResponse(UUID id, OrderStatus status, List<Line> lines, String currency, String shippingAddress,
                            String failureReason, Instant createdAt) {

    /** One ordered line. */
    public record Line(String sku, int quantity) {
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(order.id().value(), order.status(),
                order.lines().stream().map(l -> new Line(l.sku().value(), l.quantity().value())).toList(),
                order.currency(), order.shippingAddress(), order.failureReason(), order.createdAt());
    }
}
