package io.orderflow.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The order aggregate: what was ordered, where it stands, and why it failed if it did. */
public final class Order {

    public static final int MAX_LINES = 50;

    private final OrderId id;
    private final List<OrderLine> lines;
    private final String shippingAddress;
    private final String currency;
    private final Instant createdAt;
    private OrderStatus status;
    private String failureReason;

    private Order(OrderId id, List<OrderLine> lines, String shippingAddress, String currency, Instant createdAt,
                  OrderStatus status, String failureReason) {
        this.id = Objects.requireNonNull(id);
        this.lines = List.copyOf(lines);
        this.shippingAddress = Objects.requireNonNull(shippingAddress);
        this.currency = Objects.requireNonNull(currency);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Objects.requireNonNull(status);
        this.failureReason = failureReason;
    }

    /** A new order; lines must name distinct SKUs. */
    public static Order place(OrderId id, List<OrderLine> lines, String shippingAddress, String currency,
                              Instant now) {
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an order has at most " + MAX_LINES + " lines");
        }
        if (lines.stream().map(OrderLine::sku).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("each SKU may appear on one line only");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR, got: " + currency);
        }
        if (shippingAddress == null || shippingAddress.isBlank()) {
            throw new IllegalArgumentException("a shipping address is required");
        }
        return new Order(id, lines, shippingAddress, currency, now, OrderStatus.NEW, null);
    }

    /** Rebuilds an order from storage. */
    public static Order restore(OrderId id, List<OrderLine> lines, String shippingAddress, String currency,
                                Instant createdAt, OrderStatus status, String failureReason) {
        return new Order(id, lines, shippingAddress, currency, createdAt, status, failureReason);
    }

    public void moveTo(OrderStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(id, status, target);
        }
        status = target;
    }

    public void fail(String reason) {
        moveTo(OrderStatus.FAILED);
        failureReason = Objects.requireNonNull(reason);
    }

    public OrderId id() {
        return id;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public String shippingAddress() {
        return shippingAddress;
    }

    public String currency() {
        return currency;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public OrderStatus status() {
        return status;
    }

    public String failureReason() {
        return failureReason;
    }
}
