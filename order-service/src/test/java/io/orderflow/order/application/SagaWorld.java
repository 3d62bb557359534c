package io.orderflow.order.application;

import io.orderflow.order.config.RecoveryConfig;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderEvent;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.RetryPolicy;
import io.orderflow.order.domain.Sku;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** order-service's use cases wired to in-memory ports and fake participants, with a clock the test moves. */
final class SagaWorld {

    static final int MAX_ATTEMPTS = 3;
    /** The customer who places this world's orders. */
    static final Requester CUSTOMER = Requester.customer("customer-1");

    final InMemoryOrders store = new InMemoryOrders();
    final FakeInventory inventory = new FakeInventory();
    final FakePayments payments = new FakePayments();
    final List<OrderEvent> events = new ArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final RecordingSagaMetrics metrics = new RecordingSagaMetrics();
    final OrderLedger ledger = new OrderLedger(store, store, store, store, events::add, clock,
            new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), MAX_ATTEMPTS), metrics);
    final OrderSaga saga = new OrderSaga(ledger, inventory, payments, store, metrics);
    final PlaceOrder placeOrder = new PlaceOrder(ledger, saga, new KnownSkus(inventory, clock));
    final CancelOrder cancelOrder = new CancelOrder(ledger, saga);
    final RecoverOrders recoverOrders = new RecoverOrders(ledger, saga, new Recovery(), metrics);

    /** Places an order for two units of one SKU and runs its saga as far as the participants let it. */
    Order place() {
        return placeOrder.place(new PlaceOrderCommand(CUSTOMER.subject(), UUID.randomUUID().toString(), "fingerprint",
                List.of(new OrderLine(new Sku("MUG-1"), new Quantity(2))), "1 Main St", "tok", "EUR")).order();
    }

    /** The one order this world holds (hooks that run inside a participant call find it here). */
    OrderId theOrder() {
        return store.page(java.util.Optional.empty(), 0, 1).items().get(0).id();
    }

    Order order(OrderId id) {
        return ledger.load(id);
    }

    List<String> eventTypes() {
        return events.stream().map(OrderEvent::type).toList();
    }

    /** Lets time pass until every backoff is over and runs recovery passes until nothing is due. */
    void recover() {
        for (int pass = 0; pass < 20; pass++) {
            clock.advance(Duration.ofMinutes(1));
            recoverOrders.runOnce();
        }
    }

    /** A clock that only moves when told to. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final class Recovery implements RecoveryConfig {

        @Override
        public String interval() {
            return "off";
        }

        @Override
        public Duration staleAfter() {
            return Duration.ofSeconds(30);
        }

        @Override
        public int maxAttempts() {
            return MAX_ATTEMPTS;
        }

        @Override
        public Duration baseBackoff() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration lease() {
            return Duration.ofSeconds(60);
        }

        @Override
        public int batchSize() {
            return 20;
        }
    }
}
