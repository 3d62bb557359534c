package io.orderflow.order.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.order.adapter.in.rest.ParticipantsStub;
import io.orderflow.outbox.TransactionSql;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The saga reads outside a transaction between its calls to other services (the payment token before paying). Under
 * load, each of those requests kept its connection until it ended, so more orders in flight than pooled connections
 * left the rest waiting for one (acquisition time-outs, 503s). A statement outside a transaction must hand its
 * connection back when it is done, whatever the request does after.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class StatementOutsideATransactionIT {

    @Inject
    TransactionSql sql;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    @Test
    void moreRequestsThanPooledConnectionsEachReadOutsideATransactionAndGoOnWaiting() throws Exception {
        int requests = poolSize + 5;
        CountDownLatch allRead = new CountDownLatch(requests);
        CountDownLatch requestsMayEnd = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    ManagedContext request = Arc.container().requestContext();
                    request.activate();
                    try {
                        int one = sql.run(connection -> {
                            try (ResultSet rows = connection.createStatement().executeQuery("SELECT 1")) {
                                rows.next();
                                return rows.getInt(1);
                            }
                        });
                        allRead.countDown();
                        // the rest of the request, e.g. a call to another service
                        requestsMayEnd.await(30, TimeUnit.SECONDS);
                        return one;
                    } finally {
                        request.terminate();
                    }
                }));
            }
            // Within the pool's 5 s acquisition time-out: every request got a connection for its read.
            assertThat(allRead.await(4, TimeUnit.SECONDS)).as("%d requests read, pool of %d", requests, poolSize)
                    .isTrue();
        } finally {
            requestsMayEnd.countDown();
            pool.shutdown();
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }
}
