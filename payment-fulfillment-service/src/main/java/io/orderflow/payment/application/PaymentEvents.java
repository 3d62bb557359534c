package io.orderflow.payment.application;

import io.orderflow.payment.domain.PaymentEvent;

/** Port: announces what happened to payments and shipments, in the same transaction as the change. */
public interface PaymentEvents {

    void publish(PaymentEvent event);
}
