package io.orderflow.payment.application;

import io.orderflow.payment.domain.FulfillmentId;
import java.util.UUID;

/** The order was cancelled: it is no longer charged nor shipped. */
public class OrderCancelledException extends RuntimeException {

    private final UUID orderId;

    private OrderCancelledException(UUID orderId, String message) {
        super(message);
        this.orderId = orderId;
    }

    static OrderCancelledException noPayment(UUID orderId) {
        return new OrderCancelledException(orderId, "order " + orderId + " was cancelled; it is no longer charged");
    }

    static OrderCancelledException cancelledWhileCharging(UUID orderId, boolean refunded) {
        return new OrderCancelledException(orderId, "order " + orderId + " was cancelled while its charge was in "
                + "flight; the charge was captured and " + (refunded ? "refunded"
                : "will be refunded by the next cancellation request"));
    }

    static OrderCancelledException noDispatch(UUID orderId, FulfillmentId fulfillmentId) {
        return new OrderCancelledException(orderId, "order " + orderId + " was cancelled; its shipment request "
                + fulfillmentId + " is not dispatched");
    }

    public UUID orderId() {
        return orderId;
    }
}
