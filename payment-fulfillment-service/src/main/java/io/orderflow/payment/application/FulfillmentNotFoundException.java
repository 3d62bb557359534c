package io.orderflow.payment.application;

import io.orderflow.payment.domain.FulfillmentId;

/** No shipment request has this id. */
public class FulfillmentNotFoundException extends RuntimeException {

    public FulfillmentNotFoundException(FulfillmentId id) {
        super("no shipment request with id " + id);
    }
}
