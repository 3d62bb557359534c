package io.orderflow.order.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.order.adapter.in.rest.ParticipantsStub;
import io.orderflow.order.application.OrderLedger;
import io.orderflow.order.application.Orders;
import io.orderflow.order.application.PlaceOrderCommand;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import io.orderflow.outbox.TransactionSql;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Concurrent requests with one idempotency key advance the same order. The one that waited for the order's lock while
 * another recorded the reservation read the new status with the lines as they were before (no prices) and answered
 * 500 ("RESERVED without prices"): found by IdempotencyAndConcurrencyIT in CI. A locked read returns the order as the
 * step it waited for committed it, lines included.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class LockedReadAfterAWaitIT {

    private static final List<PricedLine> PRICES = List.of(
            new PricedLine(new Sku("SKU-A"), new Quantity(2), 450), new PricedLine(new Sku("SKU-B"), new Quantity(1), 99));

    @Inject
    OrderLedger ledger;

    @Inject
    Orders orders;

    @Inject
    TransactionSql sql;

    @Test
    void anOrderLockedAfterWaitingForTheReservationToBeRecordedComesWithItsPrices() throws Exception {
        OrderId id = OrderId.newId();
        ledger.create(new PlaceOrderCommand("alice", UUID.randomUUID().toString(), "fingerprint",
                PRICES.stream().map(p -> new OrderLine(p.sku(), p.quantity())).toList(), "1 Main St", "tok_approve",
                "EUR"), id);
        CountDownLatch recorderHoldsTheLock = new CountDownLatch(1);
        CountDownLatch recorderMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> recorder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                Order order = orders.lock(id);
                order.reserved(UUID.randomUUID(), PRICES);
                orders.save(order);
                recorderHoldsTheLock.countDown();
                awaitLatch(recorderMayCommit);
            }));
            assertThat(recorderHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Order> waiter = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> orders.lock(id)));
            await().atMost(Duration.ofSeconds(30)).until(this::aSessionWaitsForARowLock);
            recorderMayCommit.countDown();
            recorder.get(30, TimeUnit.SECONDS);

            Order locked = waiter.get(30, TimeUnit.SECONDS);
            assertThat(locked.status()).isEqualTo(OrderStatus.RESERVED);
            assertThat(locked.pricedLines()).containsExactlyElementsOf(PRICES);
        } finally {
            recorderMayCommit.countDown();
            pool.shutdownNow();
        }
    }

    private boolean aSessionWaitsForARowLock() {
        return sql.exists("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the recorder commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
