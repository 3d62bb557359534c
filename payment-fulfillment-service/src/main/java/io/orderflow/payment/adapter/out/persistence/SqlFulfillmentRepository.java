package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.outbox.TransactionSql;
import io.orderflow.payment.application.FulfillmentRepository;
import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.payment.domain.FulfillmentStatus;
import io.orderflow.payment.domain.PaymentId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shipment requests in PostgreSQL, in plain SQL on the connection of the caller's transaction. */
@ApplicationScoped
public class SqlFulfillmentRepository implements FulfillmentRepository {

    private final TransactionSql sql;
    private final Clock clock;

    public SqlFulfillmentRepository(TransactionSql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void add(Fulfillment f) {
        sql.update("INSERT INTO fulfillments (id, order_id, payment_id, shipping_address, status, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", f.id().value(), f.orderId(), f.paymentId().value(),
                f.shippingAddress(), f.status().name(), f.createdAt(), f.createdAt());
    }

    @Override
    public Optional<Fulfillment> find(FulfillmentId id) {
        return select("id = ?", id.value()).stream().findFirst();
    }

    @Override
    public Optional<UUID> findOrderId(FulfillmentId id) {
        return find(id).map(Fulfillment::orderId);
    }

    @Override
    public Optional<Fulfillment> findByPaymentId(PaymentId paymentId) {
        return select("payment_id = ?", paymentId.value()).stream().findFirst();
    }

    @Override
    public List<Fulfillment> findByOrderId(UUID orderId) {
        return select("order_id = ?", orderId);
    }

    @Override
    public void update(Fulfillment f) {
        if (sql.update("UPDATE fulfillments SET status = ?, updated_at = ? WHERE id = ?", f.status().name(),
                clock.instant(), f.id().value()) != 1) {
            throw new IllegalStateException("fulfillment " + f.id() + " is not stored");
        }
    }

    private List<Fulfillment> select(String where, UUID parameter) {
        return sql.run(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, order_id, payment_id, "
                    + "shipping_address, status, created_at FROM fulfillments WHERE " + where)) {
                select.setObject(1, parameter);
                List<Fulfillment> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(Fulfillment.restore(new FulfillmentId(rows.getObject(1, UUID.class)),
                                rows.getObject(2, UUID.class), new PaymentId(rows.getObject(3, UUID.class)),
                                rows.getString(4), TransactionSql.instant(rows, "created_at"),
                                FulfillmentStatus.valueOf(rows.getString(5))));
                    }
                }
                return found;
            }
        });
    }
}
