package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.StockLedger;
import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockBucket;
import io.orderflow.inventory.domain.StockMove;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Stock changes as single conditional UPDATEs: the row lock and the re-checked WHERE clause keep every
 * bucket non-negative however many transactions race for the last units.
 */
@ApplicationScoped
public class SqlStockLedger implements StockLedger {

    private final EntityManager entityManager;

    public SqlStockLedger(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean apply(StockMove move) {
        String from = column(move.from());
        String to = column(move.to());
        int updated = entityManager.createNativeQuery(
                        "UPDATE skus SET " + from + " = " + from + " - ?1, " + to + " = " + to + " + ?1, "
                                + "updated_at = now() WHERE sku = ?2 AND " + from + " >= ?1")
                .setParameter(1, move.units())
                .setParameter(2, move.sku().value())
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public boolean adjustOnHand(Sku sku, int delta) {
        int updated = entityManager.createNativeQuery(
                        "UPDATE skus SET on_hand = on_hand + ?1, updated_at = now() "
                                + "WHERE sku = ?2 AND on_hand + ?1 >= 0")
                .setParameter(1, delta)
                .setParameter(2, sku.value())
                .executeUpdate();
        return updated == 1;
    }

    @Override
    public int unitsIn(Sku sku, StockBucket bucket) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + column(bucket) + " FROM skus WHERE sku = ?1")
                .setParameter(1, sku.value())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Column names come from this switch only, never from input. */
    private static String column(StockBucket bucket) {
        return switch (bucket) {
            case ON_HAND -> "on_hand";
            case RESERVED -> "reserved";
            case SHIPPED -> "shipped";
        };
    }
}
