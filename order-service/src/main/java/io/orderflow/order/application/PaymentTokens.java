package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;

/** Port: the customer's payment token, kept apart from the order aggregate, which never shows it. */
public interface PaymentTokens {

    void keep(OrderId id, String paymentToken);

    String tokenFor(OrderId id);
}
