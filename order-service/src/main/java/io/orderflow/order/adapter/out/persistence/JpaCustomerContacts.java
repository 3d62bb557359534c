package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.CustomerContacts;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class JpaCustomerContacts implements CustomerContacts {

    private final EntityManager em;

    public JpaCustomerContacts(EntityManager em) {
        this.em = em;
    }

    @Override
    public void remember(OrderId id, String email) {
        em.createNativeQuery("INSERT INTO order_contacts (order_id, email) VALUES (?1, ?2)")
                .setParameter(1, id.value()).setParameter(2, email).executeUpdate();
    }

    @Override
    public Optional<String> emailOf(OrderId id) {
        // No result class (see payment-fulfillment-service's SqlCancelledOrders): the column is text already.
        return em.createNativeQuery("SELECT email FROM order_contacts WHERE order_id = ?1")
                .setParameter(1, id.value()).getResultList().stream().findFirst().map(String.class::cast);
    }
}
