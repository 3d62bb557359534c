package io.orderflow.inventory.adapter.out.persistence;

import io.orderflow.inventory.application.StockLedger;
import io.orderflow.inventory.domain.Sku;
import io.orderflow.inventory.domain.StockBucket;
import io.orderflow.inventory.domain.StockMove;
import io.orderflow.outbox.TransactionSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Stock changes as single conditional UPDATEs: the row lock and the re-checked WHERE clause keep every
 * bucket non-negative however many transactions race for the last units.
 */
@ApplicationScoped
public class SqlStockLedger implements StockLedger {

    private final TransactionSql sql;

    public SqlStockLedger(TransactionSql sql) {
        this.sql = sql;
    }

    @Override
    public boolean apply(StockMove move) {
        String from = column(move.from());
        String to = column(move.to());
        return sql.update("UPDATE skus SET " + from + " = " + from + " - ?, " + to + " = " + to + " + ?, "
                        + "updated_at = now() WHERE sku = ? AND " + from + " >= ?",
                move.units(), move.units(), move.sku().value(), move.units()) == 1;
    }

    @Override
    public boolean adjustOnHand(Sku sku, int delta) {
        return sql.update("UPDATE skus SET on_hand = on_hand + ?, updated_at = now() "
                + "WHERE sku = ? AND on_hand + ? >= 0", delta, sku.value(), delta) == 1;
    }

    @Override
    public int unitsIn(Sku sku, StockBucket bucket) {
        return sql.run(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + column(bucket) + " FROM skus WHERE sku = ?")) {
                select.setString(1, sku.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
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
