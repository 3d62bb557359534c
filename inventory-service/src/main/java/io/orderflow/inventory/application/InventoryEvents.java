package io.orderflow.inventory.application;

import io.orderflow.inventory.domain.InventoryEvent;

/** Port: announces what happened to stock and reservations, in the same transaction as the change. */
public interface InventoryEvents {

    void publish(InventoryEvent event);
}
