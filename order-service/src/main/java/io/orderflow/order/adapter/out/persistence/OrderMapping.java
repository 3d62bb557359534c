package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.SagaIds;
import io.orderflow.order.domain.Sku;
import java.time.Instant;
import java.util.List;

/** Between the order aggregate and its rows. */
final class OrderMapping {

    private OrderMapping() {
    }

    static OrderEntity newEntity(Order order) {
        OrderEntity entity = new OrderEntity();
        entity.id = order.id().value();
        entity.currency = order.currency();
        entity.shippingAddress = order.shippingAddress();
        entity.createdAt = order.createdAt();
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            OrderLineEntity line = new OrderLineEntity();
            line.order = entity;
            line.lineNo = i + 1;
            line.sku = lines.get(i).sku().value();
            line.quantity = lines.get(i).quantity().value();
            entity.lines.add(line);
        }
        update(entity, order);
        entity.updatedAt = order.createdAt();
        return entity;
    }

    private static void update(OrderEntity entity, Order order) {
        entity.status = order.status();
        entity.failureCode = order.failureCode();
        entity.failureReason = order.failureReason();
        entity.cancelledFrom = order.cancelledFrom();
        entity.reservationId = order.sagaIds().reservationId();
        entity.paymentId = order.sagaIds().paymentId();
        entity.fulfillmentId = order.sagaIds().fulfillmentId();
        entity.updatedAt = Instant.now();
        if (order.pricedLines() != null) {
            for (OrderLineEntity line : entity.lines) {
                order.pricedLines().stream().filter(p -> p.sku().value().equals(line.sku)).findFirst()
                        .ifPresent(p -> line.unitPriceMinor = p.unitPriceMinor());
            }
        }
    }

    static Order toDomain(OrderEntity e) {
        List<OrderLine> lines = e.lines.stream()
                .map(l -> new OrderLine(new Sku(l.sku), new Quantity(l.quantity)))
                .toList();
        boolean priced = !e.lines.isEmpty() && e.lines.stream().allMatch(l -> l.unitPriceMinor != null);
        List<PricedLine> pricedLines = priced ? e.lines.stream()
                .map(l -> new PricedLine(new Sku(l.sku), new Quantity(l.quantity), l.unitPriceMinor))
                .toList() : null;
        return Order.restore(new OrderId(e.id), lines, e.shippingAddress, e.currency, e.createdAt, e.status,
                e.failureCode, e.failureReason, pricedLines,
                new SagaIds(e.reservationId, e.paymentId, e.fulfillmentId), e.cancelledFrom);
    }
}
