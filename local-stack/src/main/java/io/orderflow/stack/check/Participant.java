package io.orderflow.stack.check;

import java.util.UUID;

/** A row another service keeps for an order: a reservation, a payment or a fulfillment. */
public interface Participant {

    UUID id();

    UUID orderId();

    String status();
}
