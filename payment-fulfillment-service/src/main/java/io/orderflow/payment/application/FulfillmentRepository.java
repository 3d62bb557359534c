package io.orderflow.payment.application;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.PaymentId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where shipment requests are kept. */
public interface FulfillmentRepository {

    void add(Fulfillment fulfillment);

    Optional<Fulfillment> findByPaymentId(PaymentId paymentId);

    List<Fulfillment> findByOrderId(UUID orderId);

    /** Writes back the fulfillment's status. */
    void update(Fulfillment fulfillment);
}
