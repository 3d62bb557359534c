package io.orderflow.order.adapter.out.persistence;

import io.orderflow.order.application.PaymentTokens;
import io.orderflow.order.domain.OrderId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Payment tokens in a table of their own, beside (never inside) the order's row. */
@ApplicationScoped
public class JpaPaymentTokens implements PaymentTokens {

    private final EntityManager em;

    public JpaPaymentTokens(EntityManager em) {
        this.em = em;
    }

    @Override
    public void keep(OrderId id, String paymentToken) {
        em.createNativeQuery("INSERT INTO order_payment_tokens (order_id, payment_token) VALUES (?1, ?2)")
                .setParameter(1, id.value()).setParameter(2, paymentToken).executeUpdate();
    }

    @Override
    public String tokenFor(OrderId id) {
        List<?> tokens = em.createNativeQuery("SELECT payment_token FROM order_payment_tokens WHERE order_id = ?1")
                .setParameter(1, id.value()).getResultList();
        if (tokens.isEmpty()) {
            throw new IllegalStateException("order " + id + " has no payment token");
        }
        return (String) tokens.get(0);
    }
}
