package io.orderflow.order.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Row of the {@code order_lines} table. */
@Entity
@Table(name = "order_lines")
// A Panache entity so that field writes from the mapper are tracked as changes (enhanced field access).
public class OrderLineEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    public OrderEntity order;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price_minor")
    public Long unitPriceMinor;
}
