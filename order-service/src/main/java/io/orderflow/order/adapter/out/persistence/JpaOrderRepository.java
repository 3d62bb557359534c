package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.OrderRepository;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Orders in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    @Override
    public void add(Order order, String idempotencyKey, String requestFingerprint, String paymentToken) {
        OrderEntity entity = new OrderEntity();
        entity.id = order.id().value();
        entity.status = order.status();
        entity.currency = order.currency();
        entity.shippingAddress = order.shippingAddress();
        entity.paymentToken = paymentToken;
        entity.idempotencyKey = idempotencyKey;
        entity.requestFingerprint = requestFingerprint;
        entity.createdAt = order.createdAt();
        entity.updatedAt = order.createdAt();
        List<OrderLine> lines = order.lines();
        for (int i = 0; i < lines.size(); i++) {
            OrderLineEntity line = new OrderLineEntity();
            line.order = entity;
            line.lineNo = i + 1;
            line.sku = lines.get(i).sku().value();
            line.quantity = lines.get(i).quantity().value();
            entity.lines.add(line);
        }
        entity.persist();
        // Flush now so a concurrent duplicate fails on the unique idempotency key inside this call.
        OrderEntity.getEntityManager().flush();
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return OrderEntity.<OrderEntity>findByIdOptional(id.value()).map(JpaOrderRepository::toDomain);
    }

    @Override
    public Optional<IdempotentRequest> findByIdempotencyKey(String idempotencyKey) {
        return OrderEntity.<OrderEntity>find("idempotencyKey", idempotencyKey).firstResultOptional()
                .map(e -> new IdempotentRequest(new OrderId(e.id), e.requestFingerprint));
    }

    static Order toDomain(OrderEntity e) {
        List<OrderLine> lines = e.lines.stream()
                .map(l -> new OrderLine(new Sku(l.sku), new Quantity(l.quantity)))
                .toList();
        return Order.restore(new OrderId(e.id), lines, e.shippingAddress, e.currency, e.createdAt, e.status,
                e.failureReason);
    }

}
