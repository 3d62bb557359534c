package io.orderflow.stack.check;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code orders} table of order-service (S1). */
public record OrdersSnapshot(List<Order> orders) {

    public record Order(UUID id, String status, UUID reservationId, UUID paymentId, UUID fulfillmentId,
                        String failureCode, int attempts, String lastError, Instant nextAttemptAt) {
    }
}
