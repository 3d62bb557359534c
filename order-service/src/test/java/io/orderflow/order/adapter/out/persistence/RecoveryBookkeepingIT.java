package io.orderflow.order.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.order.adapter.in.rest.ParticipantsStub;
import io.orderflow.order.application.OrderLedger;
import io.orderflow.order.application.PlaceOrderCommand;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A customer's cancel and a recovery worker (of this or another order-service copy) may both record an attempt
 * on one order at once. Found by the randomized trials: the loser's commit failed on a stale version, and the
 * customer got a 500 for a cancel that was in fact under way.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class RecoveryBookkeepingIT {

    @Inject
    OrderLedger ledger;

    @Inject
    EntityManager entityManager;

    @Test
    void attemptsRecordedAtOnceByManyWorkersAllCountAndNoneFails() throws Exception {
        OrderId id = OrderId.newId();
        ledger.create(new PlaceOrderCommand("alice", UUID.randomUUID().toString(), "fingerprint",
                List.of(new OrderLine(new Sku("SKU-1"), new Quantity(1))), "1 Main St", "tok_approve", "EUR"), id);
        int workers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> recorded = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                String error = "worker " + i + ": payment in doubt";
                recorded.add(pool.submit(() -> {
                    start.await();
                    ledger.recordInDoubt(id, error);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : recorded) {
                attempt.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Number attempts = (Number) entityManager.createNativeQuery("SELECT attempts FROM orders WHERE id = ?1")
                .setParameter(1, id.value()).getSingleResult();
        assertThat(attempts.intValue()).isEqualTo(workers);
    }
}
