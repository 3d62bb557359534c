package io.orderflow.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The order aggregate: what was ordered, at which prices, where it stands in the saga, the ids of
 * its reservation, payment and fulfillment, and why it failed if it did.
 */
public final class Order {

    public static final int MAX_LINES = 50;
    public static final int MAX_REASON_LENGTH = 500;

    private final OrderId id;
    private final List<OrderLine> lines;
    private final String shippingAddress;
    private final String currency;
    private final Instant createdAt;
    private OrderStatus status;
    private String failureReason;
    private FailureCode failureCode;
    private List<PricedLine> pricedLines;
    private SagaIds sagaIds;
    private OrderStatus cancelledFrom;

    private Order(OrderId id, List<OrderLine> lines, String shippingAddress, String currency, Instant createdAt,
                  OrderStatus status, FailureCode failureCode, String failureReason, List<PricedLine> pricedLines,
                  SagaIds sagaIds, OrderStatus cancelledFrom) {
        this.id = Objects.requireNonNull(id);
        this.lines = List.copyOf(lines);
        this.shippingAddress = Objects.requireNonNull(shippingAddress);
        this.currency = Objects.requireNonNull(currency);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Objects.requireNonNull(status);
        this.failureCode = failureCode;
        this.failureReason = failureReason;
        this.pricedLines = pricedLines == null ? null : List.copyOf(pricedLines);
        this.sagaIds = Objects.requireNonNull(sagaIds);
        this.cancelledFrom = cancelledFrom;
        if ((status == OrderStatus.CANCELLING) != (cancelledFrom != null)) {
            throw new IllegalArgumentException("order " + id + " is " + status + " but was cancelled from "
                    + cancelledFrom);
        }
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
        return new Order(id, lines, shippingAddress, currency, now, OrderStatus.NEW, null, null, null,
                SagaIds.NONE, null);
    }

    /** Rebuilds an order from storage. */
    public static Order restore(OrderId id, List<OrderLine> lines, String shippingAddress, String currency,
                                Instant createdAt, OrderStatus status, FailureCode failureCode,
                                String failureReason, List<PricedLine> pricedLines, SagaIds sagaIds,
                                OrderStatus cancelledFrom) {
        return new Order(id, lines, shippingAddress, currency, createdAt, status, failureCode, failureReason,
                pricedLines, sagaIds, cancelledFrom);
    }

    /** Stock is held: the lines get the catalogue's prices. */
    public void reserved(UUID reservationId, List<PricedLine> priced) {
        if (priced.size() != lines.size() || !priced.stream()
                .allMatch(p -> lines.contains(new OrderLine(p.sku(), p.quantity())))) {
            throw new IllegalArgumentException("the reservation's lines do not match order " + id);
        }
        moveTo(OrderStatus.RESERVED);
        pricedLines = List.copyOf(priced);
        sagaIds = sagaIds.withReservation(Objects.requireNonNull(reservationId));
    }

    /** The customer is charged and the shipment is requested (S3 does both in one transaction). */
    public void paid(UUID paymentId, UUID fulfillmentId) {
        moveTo(OrderStatus.PAID);
        sagaIds = sagaIds.withPayment(Objects.requireNonNull(paymentId), Objects.requireNonNull(fulfillmentId));
    }

    /** The reservation is confirmed: the order is complete. */
    public OrderConfirmed fulfillmentCreated(Instant now) {
        moveTo(OrderStatus.FULFILLMENT_CREATED);
        return new OrderConfirmed(id.toString(), sagaIds.reservationId(), sagaIds.paymentId(),
                sagaIds.fulfillmentId(), total().amountMinor(), currency, now);
    }

    public OrderFailed fail(FailureCode code, String reason, Instant now) {
        moveTo(OrderStatus.FAILED);
        failureCode = Objects.requireNonNull(code);
        failureReason = bounded(Objects.requireNonNull(reason));
        return new OrderFailed(id.toString(), code, failureReason, now);
    }

    /**
     * The decision to cancel, recorded before any participant is asked to compensate; false when the
     * order is already being cancelled or is cancelled.
     */
    public boolean requestCancel() {
        if (status == OrderStatus.CANCELLING || status == OrderStatus.CANCELLED) {
            return false;
        }
        OrderStatus from = status;
        moveTo(OrderStatus.CANCELLING);
        cancelledFrom = from;
        return true;
    }

    /** Every participant holds nothing for the order any more. */
    public OrderCancelled cancelled(Instant now) {
        OrderStatus from = requireCancelling();
        moveTo(OrderStatus.CANCELLED);
        cancelledFrom = null;
        return new OrderCancelled(id.toString(), from, now);
    }

    /** The shipment had already left: the order goes back to where it was and its saga goes on. */
    public void cancelRefused() {
        OrderStatus from = requireCancelling();
        moveTo(from);
        cancelledFrom = null;
    }

    private OrderStatus requireCancelling() {
        if (status != OrderStatus.CANCELLING) {
            throw new IllegalTransitionException(id, status, OrderStatus.CANCELLED);
        }
        return cancelledFrom;
    }

    private static String bounded(String reason) {
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }

    private void moveTo(OrderStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(id, status, target);
        }
        status = target;
    }

    /** The order's total, known once stock is reserved; zero before. */
    public Money total() {
        long sum = pricedLines == null ? 0 : pricedLines.stream().mapToLong(PricedLine::totalMinor).sum();
        return new Money(sum, currency);
    }

    public OrderId id() {
        return id;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    /** Lines with prices, or null before the reservation. */
    public List<PricedLine> pricedLines() {
        return pricedLines;
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

    public FailureCode failureCode() {
        return failureCode;
    }

    public String failureReason() {
        return failureReason;
    }

    public SagaIds sagaIds() {
        return sagaIds;
    }

    /** The status a CANCELLING order had when the cancellation was asked for; null otherwise. */
    public OrderStatus cancelledFrom() {
        return cancelledFrom;
    }
}
