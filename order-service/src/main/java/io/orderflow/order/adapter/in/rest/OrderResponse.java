package io.orderflow.order.adapter.in.rest;

import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.order.domain.PricedLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the API shows it, with the ids of its reservation, payment and fulfillment. */
public record OrderResponse(UUID id, OrderStatus status, List<Line> lines, Long totalMinor, String currency,
                            String shippingAddress, UUID reservationId, UUID paymentId, UUID fulfillmentId,
                            FailureCode failureCode, String failureReason, Instant createdAt) {

    /** One line; the unit price is known once stock is reserved. */
    public record Line(String sku, int quantity, Long unitPriceMinor) {
    }

    static OrderResponse of(Order order) {
        List<Line> lines = order.pricedLines() == null
                ? order.lines().stream().map(l -> new Line(l.sku().value(), l.quantity().value(), null)).toList()
                : order.pricedLines().stream().map(OrderResponse::line).toList();
        return new OrderResponse(order.id().value(), order.status(), lines,
                order.pricedLines() == null ? null : order.total().amountMinor(), order.currency(),
                order.shippingAddress(), order.sagaIds().reservationId(), order.sagaIds().paymentId(),
                order.sagaIds().fulfillmentId(), order.failureCode(), order.failureReason(), order.createdAt());
    }

    private static Line line(PricedLine p) {
        return new Line(p.sku().value(), p.quantity().value(), p.unitPriceMinor());
    }
}
