package io.orderflow.payment.application;

import io.orderflow.payment.domain.Fulfillment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Use case: read an order's shipment requests. */
@ApplicationScoped
public class FindFulfillments {

    private final FulfillmentRepository fulfillments;

    public FindFulfillments(FulfillmentRepository fulfillments) {
        this.fulfillments = fulfillments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Fulfillment> byOrderId(UUID orderId) {
        return fulfillments.findByOrderId(orderId);
    }
}
