package io.orderflow.inventory.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Stock held for one order: which SKUs, at what prices, until when, and where it stands. */
public final class Reservation {

    public static final int MAX_LINES = 50;

    private final ReservationId id;
    private final OrderId orderId;
    private final List<ReservationLine> lines;
    private final Money total;
    private final Instant expiresAt;
    private final Instant createdAt;
    private ReservationStatus status;

    private Reservation(ReservationId id, OrderId orderId, List<ReservationLine> lines, Instant expiresAt,
                        Instant createdAt, ReservationStatus status) {
        this.id = Objects.requireNonNull(id);
        this.orderId = Objects.requireNonNull(orderId);
        this.lines = List.copyOf(lines);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Objects.requireNonNull(status);
        this.total = this.lines.stream().map(ReservationLine::subtotal).reduce(Money::plus)
                .orElseThrow(() -> new IllegalArgumentException("a reservation needs at least one line"));
    }

    /** A new reservation holding the lines until {@code now + ttl}; lines must name distinct SKUs in one currency. */
    public static Reservation hold(ReservationId id, OrderId orderId, List<ReservationLine> lines, Instant now,
                                   Duration ttl) {
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a reservation has at most " + MAX_LINES + " lines");
        }
        if (lines.stream().map(ReservationLine::sku).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("each SKU may appear on one line only");
        }
        return new Reservation(id, orderId, lines, now.plus(ttl), now, ReservationStatus.HELD);
    }

    /** Rebuilds a reservation from storage. */
    public static Reservation restore(ReservationId id, OrderId orderId, List<ReservationLine> lines,
                                      Instant expiresAt, Instant createdAt, ReservationStatus status) {
        return new Reservation(id, orderId, lines, expiresAt, createdAt, status);
    }

    /** The moves that take a new reservation's units off the shelf. */
    public List<StockMove> stockToTake() {
        return lines.stream()
                .map(l -> new StockMove(l.sku(), l.quantity().value(), StockBucket.ON_HAND, status.unitsIn()))
                .toList();
    }

    /** Moves to {@code target} and returns the stock moves that must go with it. */
    public List<StockMove> moveTo(ReservationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(id, status, target);
        }
        StockBucket from = status.unitsIn();
        status = target;
        if (from == target.unitsIn()) {
            return List.of();
        }
        return lines.stream().map(l -> new StockMove(l.sku(), l.quantity().value(), from, target.unitsIn())).toList();
    }

    /** Still held although its time is up: the sweeper has not reached it yet. */
    public boolean isOverdue(Instant now) {
        return status == ReservationStatus.HELD && expiresAt.isBefore(now);
    }

    public String linesFingerprint() {
        return LinesFingerprint.of(lines.stream().map(ReservationLine::requested).toList());
    }

    public ReservationId id() {
        return id;
    }

    public OrderId orderId() {
        return orderId;
    }

    public List<ReservationLine> lines() {
        return lines;
    }

    public Money total() {
        return total;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ReservationStatus status() {
        return status;
    }
}
