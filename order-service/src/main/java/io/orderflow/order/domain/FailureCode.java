package io.orderflow.order.domain;

/** Why an order failed, in a form clients can switch on. */
public enum FailureCode {
    OUT_OF_STOCK,
    PAYMENT_DECLINED,
    RESERVATION_EXPIRED,
    PAYMENT_FAILED,
    REJECTED
}
