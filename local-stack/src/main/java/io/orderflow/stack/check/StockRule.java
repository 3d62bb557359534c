package io.orderflow.stack.check;

import io.orderflow.stack.check.InventorySnapshot.Line;
import io.orderflow.stack.check.InventorySnapshot.Reservation;
import io.orderflow.stack.check.InventorySnapshot.Sku;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule 3: units are never created or lost between buckets. The total is not compared with an initial
 * value because stock adjustments legitimately change {@code on_hand}.
 */
final class StockRule {

    private StockRule() {
    }

    static void check(InventorySnapshot inventory, List<Violation> out) {
        Map<String, Long> held = sumLines(inventory.reservations(), "HELD");
        Map<String, Long> confirmed = sumLines(inventory.reservations(), "CONFIRMED");
        Set<String> known = new TreeSet<>();
        for (Sku s : inventory.skus()) {
            known.add(s.sku());
            if (s.onHand() < 0 || s.reserved() < 0 || s.shipped() < 0) {
                out.add(violation(s.sku(), "negative stock: on_hand " + s.onHand() + ", reserved " + s.reserved()
                        + ", shipped " + s.shipped()));
            }
            long heldUnits = held.getOrDefault(s.sku(), 0L);
            if (s.reserved() != heldUnits) {
                out.add(violation(s.sku(), "reserved is " + s.reserved() + " but HELD reservation lines hold "
                        + heldUnits));
            }
            long confirmedUnits = confirmed.getOrDefault(s.sku(), 0L);
            if (s.shipped() != confirmedUnits) {
                out.add(violation(s.sku(), "shipped is " + s.shipped() + " but CONFIRMED reservation lines hold "
                        + confirmedUnits));
            }
        }
        Set<String> unknown = new TreeSet<>(held.keySet());
        unknown.addAll(confirmed.keySet());
        unknown.removeAll(known);
        for (String sku : unknown) {
            out.add(violation(sku, "reservation lines name a SKU that the skus table does not have"));
        }
    }

    private static Map<String, Long> sumLines(List<Reservation> reservations, String status) {
        Map<String, Long> units = new HashMap<>();
        for (Reservation r : reservations) {
            if (status.equals(r.status())) {
                for (Line line : r.lines()) {
                    units.merge(line.sku(), (long) line.quantity(), Long::sum);
                }
            }
        }
        return units;
    }

    private static Violation violation(String sku, String message) {
        return new Violation(Rules.STOCK_CONSERVED, sku, message);
    }
}
