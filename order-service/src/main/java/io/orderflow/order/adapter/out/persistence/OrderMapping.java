package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.SagaIds;
import io.orderflow.order.domain.Sku;
import java.util.List;

/** From the order's entity (the list pages read through Hibernate ORM) to the aggregate. */
final class OrderMapping {

    private OrderMapping() {
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
