package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.Orders;
import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.SagaIds;
import io.orderflow.order.domain.Sku;
import io.orderflow.outbox.TransactionSql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The saga's inserts, reads and writes of an order in plain SQL, on the connection of the caller's transaction. Each step
 * reads the order and its lines in one statement (after taking the row lock when asked) and writes only the columns the
 * saga changes: no managed entity, so nothing to dirty-check at commit and no unchanged column written back.
 */
final class OrderRows {

    private static final String SELECT = """
            SELECT o.status, o.currency, o.shipping_address, o.created_at, o.failure_code, o.failure_reason,
                   o.cancelled_from, o.reservation_id, o.payment_id, o.fulfillment_id,
                   l.sku, l.quantity, l.unit_price_minor
            FROM orders o JOIN order_lines l ON l.order_id = o.id
            WHERE o.id = ?
            ORDER BY l.line_no""";

    // Prices are written once, when the reservation is recorded; the guard makes a later save leave them alone.
    private static final String UPDATE = """
            WITH saved AS (
                UPDATE orders SET status = ?, failure_code = ?, failure_reason = ?, cancelled_from = ?,
                       reservation_id = ?, payment_id = ?, fulfillment_id = ?, updated_at = ?, version = version + 1
                WHERE id = ? RETURNING id)
            UPDATE order_lines l SET unit_price_minor = p.price
            FROM saved, unnest(?::varchar[], ?::bigint[]) AS p(sku, price)
            WHERE l.order_id = saved.id AND l.sku = p.sku AND l.unit_price_minor IS NULL""";

    // The order with its lines in one statement; a new order has no prices yet (they come with the reservation).
    private static final String INSERT = """
            WITH created AS (
                INSERT INTO orders (id, status, currency, shipping_address, customer_id, idempotency_key,
                                    request_fingerprint, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)
            INSERT INTO order_lines (order_id, line_no, sku, quantity)
            SELECT created.id, l.line_no, l.sku, l.quantity
            FROM created, unnest(?::varchar[], ?::int[]) WITH ORDINALITY AS l(sku, quantity, line_no)""";

    private OrderRows() {
    }

    /** Inserts a new order; another order with the same customer and idempotency key fails it (unique key). */
    static void insert(Connection connection, Order order, String customer, String idempotencyKey,
                       String requestFingerprint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            OffsetDateTime created = TransactionSql.timestamp(order.createdAt());
            TransactionSql.bind(insert, order.id().value(), order.status().name(), order.currency(),
                    order.shippingAddress(), customer, idempotencyKey, requestFingerprint, created, created);
            insert.setArray(10, connection.createArrayOf("varchar",
                    order.lines().stream().map(line -> line.sku().value()).toArray()));
            insert.setArray(11, connection.createArrayOf("integer",
                    order.lines().stream().map(line -> line.quantity().value()).toArray()));
            insert.executeUpdate();
        }
    }

    /**
     * The lock is taken by a statement of its own, before the read: one statement that joins and locks would, after
     * waiting for the lock, return the order row as committed by the step it waited for but the lines as they were
     * when it began (PostgreSQL re-reads only the locked rows), e.g. a RESERVED order without its prices.
     */
    static Optional<Order> read(Connection connection, OrderId id, boolean lock) throws SQLException {
        if (lock && !TransactionSql.exists(connection, "SELECT 1 FROM orders WHERE id = ? FOR UPDATE", id.value())) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(order(id, rows)) : Optional.empty();
            }
        }
    }

    static Optional<Orders.IdempotentRequest> byIdempotencyKey(Connection connection, String customer, String key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, request_fingerprint FROM orders WHERE customer_id = ? AND idempotency_key = ?")) {
            select.setString(1, customer);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Orders.IdempotentRequest(
                        new OrderId(rows.getObject(1, UUID.class)), rows.getString(2))) : Optional.empty();
            }
        }
    }

    static void write(Connection connection, Order order) throws SQLException {
        List<PricedLine> prices = order.pricedLines() == null ? List.of() : order.pricedLines();
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, order.status().name());
            update.setString(2, order.failureCode() == null ? null : order.failureCode().name());
            update.setString(3, order.failureReason());
            update.setString(4, order.cancelledFrom() == null ? null : order.cancelledFrom().name());
            update.setObject(5, order.sagaIds().reservationId());
            update.setObject(6, order.sagaIds().paymentId());
            update.setObject(7, order.sagaIds().fulfillmentId());
            update.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
            update.setObject(9, order.id().value());
            Array skus = connection.createArrayOf("varchar", prices.stream().map(p -> p.sku().value()).toArray());
            Array amounts = connection.createArrayOf("bigint",
                    prices.stream().map(PricedLine::unitPriceMinor).toArray());
            update.setArray(10, skus);
            update.setArray(11, amounts);
            update.executeUpdate();
        }
    }

    /** The current row is the first line's; the order's columns repeat on every line. */
    private static Order order(OrderId id, ResultSet rows) throws SQLException {
        OrderStatus status = OrderStatus.valueOf(rows.getString("status"));
        String currency = rows.getString("currency");
        String shippingAddress = rows.getString("shipping_address");
        Instant createdAt = TransactionSql.instant(rows, "created_at");
        String failureCode = rows.getString("failure_code");
        String failureReason = rows.getString("failure_reason");
        String cancelledFrom = rows.getString("cancelled_from");
        SagaIds sagaIds = new SagaIds(rows.getObject("reservation_id", UUID.class),
                rows.getObject("payment_id", UUID.class), rows.getObject("fulfillment_id", UUID.class));
        List<OrderLine> lines = new ArrayList<>();
        List<PricedLine> priced = new ArrayList<>();
        do {
            Sku sku = new Sku(rows.getString("sku"));
            Quantity quantity = new Quantity(rows.getInt("quantity"));
            lines.add(new OrderLine(sku, quantity));
            long price = rows.getLong("unit_price_minor");
            if (!rows.wasNull()) {
                priced.add(new PricedLine(sku, quantity, price));
            }
        } while (rows.next());
        return Order.restore(id, lines, shippingAddress, currency, createdAt, status,
                failureCode == null ? null : FailureCode.valueOf(failureCode), failureReason,
                priced.size() == lines.size() ? priced : null, sagaIds,
                cancelledFrom == null ? null : OrderStatus.valueOf(cancelledFrom));
    }
}
