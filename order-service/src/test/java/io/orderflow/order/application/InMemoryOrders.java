package io.orderflow.order.application;

import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders, payment tokens and recovery bookkeeping in memory: the ports order-service's
 * use cases need, with copies in and out so a use case never shares an aggregate with the store.
 */
final class InMemoryOrders implements Orders, PaymentTokens, CustomerContacts, RecoveryQueue {

    private final Map<OrderId, Order> orders = new HashMap<>();
    private final Map<String, IdempotentRequest> byKey = new HashMap<>();
    private final Map<OrderId, String> owners = new HashMap<>();
    private final Map<OrderId, String> tokens = new HashMap<>();
    private final Map<OrderId, String> emails = new HashMap<>();
    private final Map<OrderId, Integer> attempts = new HashMap<>();
    private final Map<OrderId, Instant> nextAttemptAt = new HashMap<>();
    private final Map<OrderId, String> lastError = new HashMap<>();
    private final Map<OrderId, Boolean> needsAttention = new HashMap<>();

    @Override
    public void add(Order order, String customer, String idempotencyKey, String requestFingerprint) {
        String scopedKey = customer + "\n" + idempotencyKey;
        if (byKey.containsKey(scopedKey)) {
            throw new IllegalStateException("duplicate idempotency key " + idempotencyKey);
        }
        orders.put(order.id(), copy(order));
        owners.put(order.id(), customer);
        byKey.put(scopedKey, new IdempotentRequest(order.id(), requestFingerprint));
    }

    @Override
    public Optional<String> ownerOf(OrderId id) {
        return Optional.ofNullable(owners.get(id));
    }

    @Override
    public Optional<Order> find(OrderId id) {
        return Optional.ofNullable(orders.get(id)).map(InMemoryOrders::copy);
    }

    @Override
    public Order lock(OrderId id) {
        return find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }

    @Override
    public void save(Order order) {
        orders.put(order.id(), copy(order));
    }

    @Override
    public Optional<IdempotentRequest> findByIdempotencyKey(String customer, String idempotencyKey) {
        return Optional.ofNullable(byKey.get(customer + "\n" + idempotencyKey));
    }

    @Override
    public Page page(Optional<String> owner, int page, int size) {
        List<Order> all = new ArrayList<>(orders.values().stream()
                .filter(o -> owner.isEmpty() || owner.get().equals(owners.get(o.id()))).toList());
        all.sort(Comparator.comparing(Order::createdAt).reversed());
        return new Page(all.stream().skip((long) page * size).limit(size).map(InMemoryOrders::copy).toList(),
                all.size());
    }

    @Override
    public void keep(OrderId id, String paymentToken) {
        tokens.put(id, paymentToken);
    }

    @Override
    public String tokenFor(OrderId id) {
        return tokens.get(id);
    }

    @Override
    public int attempts(OrderId id) {
        return attempts.getOrDefault(id, 0);
    }

    @Override
    public int recordAttempt(OrderId id, String error, Instant next) {
        lastError.put(id, error);
        nextAttemptAt.put(id, next);
        return attempts.merge(id, 1, Integer::sum);
    }

    @Override
    public void markNeedsAttention(OrderId id) {
        needsAttention.put(id, true);
    }

    @Override
    public List<OrderId> claimDue(Instant now, Instant staleBefore, Instant leaseUntil, int limit) {
        List<OrderId> due = orders.values().stream()
                .filter(o -> o.status().isUnfinished() && !needsAttention.getOrDefault(o.id(), false))
                .filter(o -> !nextAttemptAt.getOrDefault(o.id(), Instant.MIN).isAfter(now))
                .map(Order::id).limit(limit).toList();
        due.forEach(id -> nextAttemptAt.put(id, leaseUntil));
        return due;
    }

    @Override
    public List<Attention> needingAttention() {
        return orders.values().stream()
                .filter(o -> needsAttention.getOrDefault(o.id(), false) && o.status().isUnfinished())
                .map(o -> new Attention(o.id(), o.status().name(), attempts(o.id()), lastError.get(o.id()), null))
                .toList();
    }

    @Override
    public void restart(OrderId id, Instant next) {
        needsAttention.put(id, false);
        attempts.put(id, 0);
        nextAttemptAt.put(id, next);
    }

    @Override
    public void remember(OrderId id, String email) {
        emails.put(id, email);
    }

    @Override
    public Optional<String> emailOf(OrderId id) {
        return Optional.ofNullable(emails.get(id));
    }

    @Override
    public Progress progress(OrderId id) {
        return new Progress(attempts(id), lastError.get(id), nextAttemptAt.get(id), needsAttention(id));
    }

    boolean needsAttention(OrderId id) {
        return needsAttention.getOrDefault(id, false);
    }

    private static Order copy(Order o) {
        return Order.restore(o.id(), o.lines(), o.shippingAddress(), o.currency(), o.createdAt(), o.status(),
                o.failureCode(), o.failureReason(), o.pricedLines(), o.sagaIds(), o.cancelledFrom());
    }
}
