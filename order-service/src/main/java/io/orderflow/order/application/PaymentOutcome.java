package io.orderflow.order.application;

import java.util.UUID;

/** What payment-fulfillment-service said about an order's payment. */
public sealed interface PaymentOutcome {

    /** Charged, and the shipment request exists (S3 records both in one transaction). */
    record Captured(UUID paymentId, UUID fulfillmentId) implements PaymentOutcome {
    }

    record Declined(String reason) implements PaymentOutcome {
    }

    /** The provider kept failing and S3 settled the payment as never charged. */
    record Voided(String reason) implements PaymentOutcome {
    }

    record Refunded(UUID paymentId) implements PaymentOutcome {
    }

    /** S3 refused because the order was cancelled there: a payment that came too late. */
    record OrderCancelled(String detail) implements PaymentOutcome {
    }

    record Rejected(String detail) implements PaymentOutcome {
    }

    /** S3 definitely has no payment for the order. */
    record Absent() implements PaymentOutcome {
    }

    /** No definite answer: timeout, dropped connection, 5xx, or a payment S3 itself has not settled yet. */
    record InDoubt(String cause) implements PaymentOutcome {
    }
}
