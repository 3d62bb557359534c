package io.orderflow.inventory.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of the {@code skus} table. Stock columns are only changed by guarded SQL updates. */
@Entity
@Table(name = "skus")
public class SkuEntity extends PanacheEntityBase {

    @Id
    public String sku;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "on_hand", nullable = false)
    public int onHand;

    @Column(nullable = false)
    public int reserved;

    @Column(nullable = false)
    public int shipped;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
