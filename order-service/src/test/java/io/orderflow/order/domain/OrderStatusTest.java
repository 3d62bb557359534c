package io.orderflow.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void happyPathMovesForwardOneStepAtATimeAndPricesTheLines() {
        Order order = newOrder();
        UUID reservation = UUID.randomUUID();
        order.reserved(reservation, List.of(new PricedLine(new Sku("SKU-1"), new Quantity(2), 1250)));
        order.paid(UUID.randomUUID(), UUID.randomUUID());
        OrderConfirmed confirmed = order.fulfillmentCreated(Instant.now());
        assertThat(order.status()).isEqualTo(OrderStatus.FULFILLMENT_CREATED);
        assertThat(order.total()).isEqualTo(new Money(2500, "EUR"));
        assertThat(confirmed.reservationId()).isEqualTo(reservation);
        assertThat(confirmed.totalMinor()).isEqualTo(2500);
    }

    @Test
    void skippingAStepIsRefused() {
        Order order = newOrder();
        assertThatThrownBy(() -> order.paid(UUID.randomUUID(), UUID.randomUUID()))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("is NEW and cannot become PAID");
    }

    @Test
    void aReservationForOtherLinesIsRefused() {
        Order order = newOrder();
        assertThatThrownBy(() -> order.reserved(UUID.randomUUID(),
                List.of(new PricedLine(new Sku("SKU-1"), new Quantity(3), 100))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void aCancellationIsRecordedBeforeItEndsAndAFailedOrderCannotBeCancelled() {
        assertThat(OrderStatus.FULFILLMENT_CREATED.canMoveTo(OrderStatus.CANCELLING)).isTrue();
        assertThat(OrderStatus.FULFILLMENT_CREATED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
        assertThat(OrderStatus.FAILED.canMoveTo(OrderStatus.CANCELLING)).isFalse();
        assertThat(OrderStatus.CANCELLING.canMoveTo(OrderStatus.FAILED)).isFalse();
        assertThat(OrderStatus.PAID.canMoveTo(OrderStatus.FAILED)).isTrue();
    }

    @Test
    void aCancelledOrderRemembersWhereItCameFromAndARefusedCancelGoesBackThere() {
        Order order = newOrder();
        order.reserved(UUID.randomUUID(), List.of(new PricedLine(new Sku("SKU-1"), new Quantity(2), 100)));
        assertThat(order.requestCancel()).isTrue();
        assertThat(order.requestCancel()).as("a second request changes nothing").isFalse();
        assertThat(order.cancelledFrom()).isEqualTo(OrderStatus.RESERVED);
        order.cancelRefused();
        assertThat(order.status()).isEqualTo(OrderStatus.RESERVED);
        assertThat(order.cancelledFrom()).isNull();
        order.requestCancel();
        OrderCancelled cancelled = order.cancelled(Instant.now());
        assertThat(cancelled.cancelledFrom()).isEqualTo(OrderStatus.RESERVED);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void onlyACancellingOrderCanBecomeCancelled() {
        Order order = newOrder();
        assertThatThrownBy(() -> order.cancelled(Instant.now())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aLongFailureReasonIsCutToWhatTheLedgerStores() {
        Order order = newOrder();
        order.fail(FailureCode.REJECTED, "x".repeat(5_000), Instant.now());
        assertThat(order.failureReason()).hasSize(Order.MAX_REASON_LENGTH);
    }

    @Test
    void terminalStatesAllowNothing() {
        assertThat(OrderStatus.FAILED.isTerminal()).isTrue();
        assertThat(OrderStatus.CANCELLED.isTerminal()).isTrue();
        Order order = newOrder();
        order.fail(FailureCode.OUT_OF_STOCK, "out of stock: SKU-1", Instant.now());
        assertThat(order.failureReason()).isEqualTo("out of stock: SKU-1");
        assertThatThrownBy(order::requestCancel).isInstanceOf(IllegalTransitionException.class);
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
