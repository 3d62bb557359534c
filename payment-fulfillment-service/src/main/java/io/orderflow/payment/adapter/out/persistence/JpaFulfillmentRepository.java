package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.payment.application.FulfillmentRepository;
import io.orderflow.payment.domain.Fulfillment;
import io.orderflow.payment.domain.FulfillmentId;
import io.orderflow.payment.domain.PaymentId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shipment requests in PostgreSQL through Hibernate ORM with Panache. */
@ApplicationScoped
public class JpaFulfillmentRepository implements FulfillmentRepository {

    private final Clock clock;

    public JpaFulfillmentRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void add(Fulfillment fulfillment) {
        FulfillmentEntity entity = new FulfillmentEntity();
        entity.id = fulfillment.id().value();
        entity.orderId = fulfillment.orderId();
        entity.paymentId = fulfillment.paymentId().value();
        entity.shippingAddress = fulfillment.shippingAddress();
        entity.status = fulfillment.status();
        entity.createdAt = fulfillment.createdAt();
        entity.updatedAt = fulfillment.createdAt();
        entity.persist();
    }

    @Override
    public Optional<Fulfillment> find(FulfillmentId id) {
        return FulfillmentEntity.<FulfillmentEntity>findByIdOptional(id.value())
                .map(JpaFulfillmentRepository::toDomain);
    }

    @Override
    public Optional<UUID> findOrderId(FulfillmentId id) {
        return FulfillmentEntity.getEntityManager()
                .createQuery("select f.orderId from FulfillmentEntity f where f.id = :id", UUID.class)
                .setParameter("id", id.value())
                .getResultList().stream().findFirst();
    }

    @Override
    public Optional<Fulfillment> findByPaymentId(PaymentId paymentId) {
        return FulfillmentEntity.<FulfillmentEntity>find("paymentId", paymentId.value()).firstResultOptional()
                .map(JpaFulfillmentRepository::toDomain);
    }

    @Override
    public List<Fulfillment> findByOrderId(UUID orderId) {
        return FulfillmentEntity.<FulfillmentEntity>list("orderId", orderId).stream()
                .map(JpaFulfillmentRepository::toDomain).toList();
    }

    @Override
    public void update(Fulfillment fulfillment) {
        FulfillmentEntity entity = FulfillmentEntity.<FulfillmentEntity>findByIdOptional(fulfillment.id().value())
                .orElseThrow(() -> new IllegalStateException("fulfillment " + fulfillment.id() + " is not stored"));
        entity.status = fulfillment.status();
        entity.updatedAt = clock.instant();
    }

    static Fulfillment toDomain(FulfillmentEntity e) {
        return Fulfillment.restore(new FulfillmentId(e.id), e.orderId, new PaymentId(e.paymentId), e.shippingAddress,
                e.createdAt, e.status);
    }
}
