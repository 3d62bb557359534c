package io.orderflow.payment.application;

import io.orderflow.payment.domain.FulfillmentStatus;
import io.orderflow.payment.domain.Payment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The mark that an order is cancelled here: once it is committed, no charge starts and no shipment
 * leaves for the order. Raised by a cancellation and before any refund.
 */
@ApplicationScoped
public class OrderFence {

    private final OrderLock orderLock;
    private final CancelledOrders cancelledOrders;
    private final FulfillmentRepository fulfillments;
    private final PaymentRepository payments;
    private final Clock clock;

    public OrderFence(OrderLock orderLock, CancelledOrders cancelledOrders, FulfillmentRepository fulfillments,
                      PaymentRepository payments, Clock clock) {
        this.orderLock = orderLock;
        this.cancelledOrders = cancelledOrders;
        this.fulfillments = fulfillments;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Raises the fence (again) and returns the order's payment as it is now.
     *
     * @throws ShipmentDispatchedException the shipment has left; no fence is raised
     */
    @Transactional
    public Optional<Payment> raise(UUID orderId) {
        orderLock.lockForTransaction(orderId);
        boolean dispatched = fulfillments.findByOrderId(orderId).stream()
                .anyMatch(fulfillment -> fulfillment.status() == FulfillmentStatus.DISPATCHED);
        if (dispatched) {
            throw new ShipmentDispatchedException(orderId);
        }
        cancelledOrders.add(orderId, clock.instant());
        return payments.findByOrderId(orderId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isRaised(UUID orderId) {
        return cancelledOrders.contains(orderId);
    }
}
