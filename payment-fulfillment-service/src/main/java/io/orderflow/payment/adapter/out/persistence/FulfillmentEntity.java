package io.orderflow.payment.adapter.out.persistence;

import io.orderflow.payment.domain.FulfillmentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of the {@code fulfillments} table. */
@Entity
@Table(name = "fulfillments")
public class FulfillmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false, unique = true)
    public UUID orderId;

    @Column(name = "payment_id", nullable = false, unique = true)
    public UUID paymentId;

    @Column(name = "shipping_address", nullable = false)
    public String shippingAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FulfillmentStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
