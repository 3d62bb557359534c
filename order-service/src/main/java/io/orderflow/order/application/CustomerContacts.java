package io.orderflow.order.application;

import io.orderflow.order.domain.OrderId;
import java.util.Optional;

/** Port: the address a customer gave for mail about an order. */
public interface CustomerContacts {

    void remember(OrderId id, String email);

    Optional<String> emailOf(OrderId id);
}
