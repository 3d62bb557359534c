package io.orderflow.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void happyPathMovesForwardOneStepAtATime() {
        Order order = newOrder();
        order.moveTo(OrderStatus.RESERVED);
        order.moveTo(OrderStatus.PAID);
        order.moveTo(OrderStatus.FULFILLMENT_CREATED);
        assertThat(order.status()).isEqualTo(OrderStatus.FULFILLMENT_CREATED);
    }

    @Test
    void skippingAStepIsRefused() {
        Order order = newOrder();
        assertThatThrownBy(() -> order.moveTo(OrderStatus.PAID))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is NEW and cannot become PAID");
    }

    @Test
    void terminalStatesAllowNothing() {
        assertThat(OrderStatus.FAILED.isTerminal()).isTrue();
        assertThat(OrderStatus.CANCELLED.isTerminal()).isTrue();
        Order order = newOrder();
        order.fail("out of stock: SKU-1");
        assertThat(order.failureReason()).isEqualTo("out of stock: SKU-1");
        assertThatThrownBy(() -> order.moveTo(OrderStatus.RESERVED)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anOrderNeedsLinesWithDistinctSkus() {
        OrderLine line = new OrderLine(new Sku("SKU-1"), new Quantity(1));
        assertThatThrownBy(() -> Order.place(OrderId.newId(), List.of(), "addr", "EUR", Instant.now()))
                .hasMessageContaining("at least one line");
        assertThatThrownBy(() -> Order.place(OrderId.newId(), List.of(line, line), "addr", "EUR", Instant.now()))
                .hasMessageContaining("one line only");
    }

    @Test
    void quantityIsBounded() {
        assertThatThrownBy(() -> new Quantity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quantity(Quantity.MAX_PER_LINE + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Order newOrder() {
        return Order.place(OrderId.newId(), List.of(new OrderLine(new Sku("SKU-1"), new Quantity(2))), "1 Main St",
                "EUR", Instant.now());
    }
}
