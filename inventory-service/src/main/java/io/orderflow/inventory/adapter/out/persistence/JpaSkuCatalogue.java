package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.SkuCatalogue;
import io.orderflow.inventory.domain.Money;
import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockItem;
import io.orderflow.outbox.TransactionSql;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The SKU catalogue in PostgreSQL. */
@ApplicationScoped
public class JpaSkuCatalogue implements SkuCatalogue {

    private final EntityManager entityManager;
    private final TransactionSql sql;

    public JpaSkuCatalogue(EntityManager entityManager, TransactionSql sql) {
        this.entityManager = entityManager;
        this.sql = sql;
    }

    @Override
    public boolean addIfAbsent(StockItem item) {
        // ON CONFLICT rather than catching a key violation: a duplicate must not poison the transaction.
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO skus (sku, name, unit_price_minor, currency, on_hand, reserved, shipped,
                                          created_at, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, now(), now())
                        ON CONFLICT (sku) DO NOTHING""")
                .setParameter(1, item.sku().value())
                .setParameter(2, item.name())
                .setParameter(3, item.unitPrice().amountMinor())
                .setParameter(4, item.unitPrice().currency())
                .setParameter(5, item.onHand())
                .setParameter(6, item.reserved())
                .setParameter(7, item.shipped())
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public Optional<StockItem> find(Sku sku) {
        return SkuEntity.<SkuEntity>findByIdOptional(sku.value()).map(JpaSkuCatalogue::toDomain);
    }

    @Override
    public List<StockItem> findAll(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        // Plain SQL: an order's reservation reads its SKUs on every request, and managed entities would be
        // dirty-checked before each stock update that follows in the same transaction.
        Object[] codes = skus.stream().map(Sku::value).distinct().toArray();
        return sql.run(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT sku, name, unit_price_minor, "
                    + "currency, on_hand, reserved, shipped FROM skus WHERE sku = ANY (?) ORDER BY sku")) {
                select.setArray(1, connection.createArrayOf("varchar", codes));
                List<StockItem> items = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        items.add(new StockItem(new Sku(rows.getString(1)), rows.getString(2),
                                new Money(rows.getLong(3), rows.getString(4)), rows.getInt(5), rows.getInt(6),
                                rows.getInt(7)));
                    }
                }
                return items;
            }
        });
    }

    @Override
    public List<StockItem> first(int limit) {
        return SkuEntity.<SkuEntity>findAll(Sort.by("sku")).page(Page.ofSize(limit)).<SkuEntity>list().stream()
                .map(JpaSkuCatalogue::toDomain).toList();
    }

    static StockItem toDomain(SkuEntity e) {
        return new StockItem(new Sku(e.sku), e.name, new Money(e.unitPriceMinor, e.currency), e.onHand, e.reserved,
                e.shipped);
    }
}
