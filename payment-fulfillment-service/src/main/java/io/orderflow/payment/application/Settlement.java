package io.orderflow.payment.application;

/** A payment after settlement, and whether this call settled it (false when another request already had). */
public record Settlement(PaymentView view, boolean settledNow) {
}
