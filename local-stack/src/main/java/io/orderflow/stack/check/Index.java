package io.orderflow.stack.check;

import io.orderflow.stack.check.InventorySnapshot.Reservation;
import io.orderflow.stack.check.PaymentsSnapshot.Fulfillment;
import io.orderflow.stack.check.PaymentsSnapshot.Payment;
import io.orderflow.stack.check.ProviderSnapshot.Charge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookups over a snapshot, built once so that each rule is linear in the number of rows. */
final class Index {

    final Set<UUID> orderIds;
    final Map<UUID, List<Reservation>> reservationsByOrder;
    final Map<UUID, List<Reservation>> reservationsById;
    final Map<UUID, List<Payment>> paymentsByOrder;
    final Map<UUID, List<Payment>> paymentsById;
    final Map<String, List<Payment>> paymentsByChargeId;
    final Map<String, List<Payment>> paymentsByKey;
    final Map<UUID, List<Fulfillment>> fulfillmentsByOrder;
    final Map<UUID, List<Fulfillment>> fulfillmentsByPayment;
    final Map<String, List<Charge>> chargesById;
    final Map<String, List<Charge>> chargesByKey;

    Index(Snapshot s) {
        orderIds = s.orders().orders().stream().map(OrdersSnapshot.Order::id).collect(Collectors.toSet());
        List<Reservation> reservations = s.inventory().reservations();
        reservationsByOrder = group(reservations, Reservation::orderId);
        reservationsById = group(reservations, Reservation::id);
        List<Payment> payments = s.payments().payments();
        paymentsByOrder = group(payments, Payment::orderId);
        paymentsById = group(payments, Payment::id);
        paymentsByChargeId = group(payments, Payment::providerChargeId);
        paymentsByKey = group(payments, Payment::idempotencyKey);
        fulfillmentsByOrder = group(s.payments().fulfillments(), Fulfillment::orderId);
        fulfillmentsByPayment = group(s.payments().fulfillments(), Fulfillment::paymentId);
        chargesById = group(s.provider().charges(), Charge::id);
        chargesByKey = group(s.provider().charges(), Charge::idempotencyKey);
    }

    static <K, V> List<V> get(Map<K, List<V>> map, K key) {
        return key == null ? List.of() : map.getOrDefault(key, List.of());
    }

    /** The rows that name the order, plus the one the order names (they should be the same). */
    static <T> List<T> ofOrder(Map<UUID, List<T>> byOrder, Map<UUID, List<T>> byId, UUID orderId, UUID linkedId) {
        Set<T> rows = new LinkedHashSet<>(get(byOrder, orderId));
        rows.addAll(get(byId, linkedId));
        return new ArrayList<>(rows);
    }

    /** The provider charges of a payment: the one it recorded and any made with its idempotency key. */
    List<Charge> chargesOf(Payment p) {
        Set<Charge> charges = new LinkedHashSet<>(get(chargesById, p.providerChargeId()));
        charges.addAll(get(chargesByKey, p.idempotencyKey()));
        return new ArrayList<>(charges);
    }

    static String describe(Collection<? extends Participant> rows) {
        return rows.isEmpty() ? "none"
                : rows.stream().map(r -> r.id() + " " + r.status()).collect(Collectors.joining(", "));
    }

    private static <K, V> Map<K, List<V>> group(List<V> rows, Function<V, K> key) {
        return rows.stream().filter(r -> key.apply(r) != null)
                .collect(Collectors.groupingBy(key, Collectors.toList()));
    }
}
