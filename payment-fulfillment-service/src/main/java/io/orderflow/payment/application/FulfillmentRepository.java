package io.orderflow.payment.application;

import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.payment.domain.PaymentId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: where shipment requests are kept. */
public interface FulfillmentRepository {

    void add(Fulfillment fulfillment);

    Optional<Fulfillment> find(FulfillmentId id);

    /** The order of a shipment request, read without loading the request itself. */
    Optional<UUID> findOrderId(FulfillmentId id);

    Optional<Fulfillment> findByPaymentId(PaymentId paymentId);

    List<Fulfillment> findByOrderId(UUID orderId);

    /** Writes back the fulfillment's status. */
    void update(Fulfillment fulfillment);
}
