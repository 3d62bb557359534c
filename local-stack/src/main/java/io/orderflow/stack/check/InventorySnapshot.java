package io.orderflow.stack.check;

import java.util.List;
import java.util.UUID;

/** SKUs and reservations of inventory-service (S2). */
public record InventorySnapshot(List<Sku> skus, List<Reservation> reservations) {

    public record Sku(String sku, int onHand, int reserved, int shipped) {
    }

    public record Reservation(UUID id, UUID orderId, String status, List<Line> lines) implements Participant {
    }

    public record Line(String sku, int quantity) {
    }
}
