package io.orderflow.order.application;

import io.orderflow.order.domain.Money;
import io.orderflow.order.domain.OrderId;
import java.util.UUID;

/** Port: payment-fulfillment-service (S3). Every command is idempotent at S3. */
public interface Payments {

    PaymentOutcome pay(OrderId order, UUID reservationId, Money amount, String paymentToken, String shippingAddress,
                       String idempotencyKey);

    /** The definite state of the order's payment, for settling an in-doubt call. */
    PaymentOutcome findPayment(OrderId order);

    StepOutcome refund(UUID paymentId);

    /**
     * Refunds or voids whatever S3 charged for the order, cancels its shipment request and fences it, so a
     * late payment is refused; refused itself once the shipment is dispatched.
     */
    CancellationOutcome cancelOrder(OrderId order);
}
