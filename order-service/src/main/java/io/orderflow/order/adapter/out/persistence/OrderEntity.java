package io.orderflow.order.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.orderflow.order.domain.FailureCode;
import io.orderflow.order.domain.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of the {@code orders} table. */
@Entity
@Table(name = "orders")
public class OrderEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "shipping_address", nullable = false)
    public String shippingAddress;

    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false)
    public String requestFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_code")
    public FailureCode failureCode;

    @Column(name = "failure_reason")
    public String failureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_from")
    public OrderStatus cancelledFrom;

    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "payment_id")
    public UUID paymentId;

    @Column(name = "fulfillment_id")
    public UUID fulfillmentId;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_type")
    public String responseType;

    @Column(name = "response_body")
    public String responseBody;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "needs_attention", nullable = false)
    public boolean needsAttention;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    // Batch-fetched so a page of orders loads its lines in one query, not one per order.
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @OrderBy("lineNo")
    public List<OrderLineEntity> lines = new ArrayList<>();
}
