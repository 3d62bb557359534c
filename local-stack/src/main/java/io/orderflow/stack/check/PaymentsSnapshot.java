package io.orderflow.stack.check;

import java.util.List;
import java.util.UUID;

/** Payments and fulfillments of payment-fulfillment-service (S3). */
public record PaymentsSnapshot(List<Payment> payments, List<Fulfillment> fulfillments) {

    public record Payment(UUID id, UUID orderId, String idempotencyKey, String status, String providerChargeId,
                          long amountMinor) implements Participant {
    }

    public record Fulfillment(UUID id, UUID orderId, UUID paymentId, String status) implements Participant {
    }
}
