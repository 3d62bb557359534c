package io.orderflow.order.domain;

import java.util.UUID;

/** The participants' ids for one order: its reservation, payment and fulfillment, as far as they exist. */
public record SagaIds(UUID reservationId, UUID paymentId, UUID fulfillmentId) {

    public static final SagaIds NONE = new SagaIds(null, null, null);

    public SagaIds withReservation(UUID id) {
        return new SagaIds(id, paymentId, fulfillmentId);
    }

    public SagaIds withPayment(UUID payment, UUID fulfillment) {
        return new SagaIds(reservationId, payment, fulfillment);
    }
}
