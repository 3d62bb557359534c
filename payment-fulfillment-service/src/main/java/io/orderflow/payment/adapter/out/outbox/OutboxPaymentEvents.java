package io.orderflow.payment.adapter.out.outbox;

import io.orderflow.outbox.OutboxWriter;
import io.orderflow.outbox.OutgoingEvent;
import io.orderflow.payment.application.PaymentEvents;
import io.orderflow.payment.domain.FulfillmentDispatched;
import io.orderflow.payment.domain.FulfillmentRequested;
import io.orderflow.payment.domain.PaymentCaptured;
import io.orderflow.payment.domain.PaymentDeclined;
import io.orderflow.payment.domain.PaymentRefunded;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Payment and shipment events into the outbox table; the relay publishes them to {@code payment.events},
 * keyed by order id so every event of one order stays in order on one partition.
 */
@ApplicationScoped
public class OutboxPaymentEvents implements PaymentEvents {

    static final String AGGREGATE_TYPE = "payment";

    private final OutboxWriter outbox;

    public OutboxPaymentEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void paymentCaptured(PaymentCaptured event) {
        append(event.orderId(), PaymentCaptured.TYPE, PaymentCaptured.SCHEMA_VERSION, event);
    }

    @Override
    public void paymentDeclined(PaymentDeclined event) {
        append(event.orderId(), PaymentDeclined.TYPE, PaymentDeclined.SCHEMA_VERSION, event);
    }

    @Override
    public void paymentRefunded(PaymentRefunded event) {
        append(event.orderId(), PaymentRefunded.TYPE, PaymentRefunded.SCHEMA_VERSION, event);
    }

    @Override
    public void fulfillmentRequested(FulfillmentRequested event) {
        append(event.orderId(), FulfillmentRequested.TYPE, FulfillmentRequested.SCHEMA_VERSION, event);
    }

    @Override
    public void fulfillmentDispatched(FulfillmentDispatched event) {
        append(event.orderId(), FulfillmentDispatched.TYPE, FulfillmentDispatched.SCHEMA_VERSION, event);
    }

    private void append(String orderId, String type, int schemaVersion, Object payload) {
        outbox.append(new OutgoingEvent(AGGREGATE_TYPE, orderId, type, schemaVersion, payload));
    }
}
