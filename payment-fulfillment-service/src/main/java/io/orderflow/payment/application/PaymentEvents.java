package io.orderflow.payment.application;

import io.orderflow.payment.domain.FulfillmentDispatched;
import io.orderflow.payment.domain.FulfillmentRequested;
import io.orderflow.payment.domain.PaymentCaptured;
import io.orderflow.payment.domain.PaymentDeclined;
import io.orderflow.payment.domain.PaymentRefunded;

/** Port: announces what happened to payments and shipments, in the same transaction as the change. */
public interface PaymentEvents {

    void paymentCaptured(PaymentCaptured event);

    void paymentDeclined(PaymentDeclined event);

    void paymentRefunded(PaymentRefunded event);

    void fulfillmentRequested(FulfillmentRequested event);

    void fulfillmentDispatched(FulfillmentDispatched event);
}
