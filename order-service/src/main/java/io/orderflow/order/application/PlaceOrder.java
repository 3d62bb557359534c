package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Use case: record a new order and announce it, once per idempotency key. */
@ApplicationScoped
public class PlaceOrder {

    private final OrderRepository orders;
    private final OrderEvents events;
    private final Clock clock;

    public PlaceOrder(OrderRepository orders, OrderEvents events, Clock clock) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** The placed order and whether this call created it or replayed an earlier one. */
    public record Result(Order order, boolean created) {
    }

    @Transactional
    public Result place(PlaceOrderCommand command) {
        var earlier = orders.findByIdempotencyKey(command.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().requestFingerprint().equals(command.requestFingerprint())) {
                throw new IdempotencyKeyReusedException(command.idempotencyKey());
            }
            OrderId id = earlier.get().orderId();
            return new Result(orders.find(id).orElseThrow(() -> new OrderNotFoundException(id)), false);
        }
        Order order = Order.place(OrderId.newId(), command.lines(), command.shippingAddress(), command.currency(),
                clock.instant());
        orders.add(order, command.idempotencyKey(), command.requestFingerprint(), command.paymentToken());
        events.orderPlaced(OrderPlaced.of(order));
        return new Result(order, true);
    }
}
