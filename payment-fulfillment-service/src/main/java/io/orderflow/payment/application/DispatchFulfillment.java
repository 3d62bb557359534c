package io.orderflow.payment.application;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentDispatched;
import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.payment.domain.FulfillmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Use case: the shipment left the warehouse; from now on the order cannot be cancelled. */
@ApplicationScoped
public class DispatchFulfillment {

    private final FulfillmentRepository fulfillments;
    private final OrderLock orderLock;
    private final CancelledOrders cancelledOrders;
    private final PaymentEvents events;

    public DispatchFulfillment(FulfillmentRepository fulfillments, OrderLock orderLock,
                               CancelledOrders cancelledOrders, PaymentEvents events) {
        this.fulfillments = fulfillments;
        this.orderLock = orderLock;
        this.cancelledOrders = cancelledOrders;
        this.events = events;
    }

    /**
     * The dispatched fulfillment; dispatching it again returns it unchanged.
     *
     * @throws FulfillmentNotFoundException no such shipment request
     * @throws OrderCancelledException      the request was cancelled, or its order is being cancelled
     */
    @Transactional
    public Fulfillment dispatch(FulfillmentId id) {
        UUID orderId = fulfillments.findOrderId(id).orElseThrow(() -> new FulfillmentNotFoundException(id));
        // Read the fulfillment only once the lock is held, so a cancellation that just committed is seen.
        orderLock.lockForTransaction(orderId);
        Fulfillment fulfillment = fulfillments.find(id).orElseThrow(() -> new FulfillmentNotFoundException(id));
        if (fulfillment.status() == FulfillmentStatus.DISPATCHED) {
            return fulfillment;
        }
        if (fulfillment.status() == FulfillmentStatus.CANCELLED || cancelledOrders.contains(orderId)) {
            throw OrderCancelledException.noDispatch(orderId, id);
        }
        fulfillment.dispatch();
        fulfillments.update(fulfillment);
        events.publish(FulfillmentDispatched.of(fulfillment));
        return fulfillment;
    }
}
