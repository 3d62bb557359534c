package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.stack.Stack;
import io.orderflow.stack.check.ConsistencyChecker;
import io.orderflow.stack.check.Report;
import io.orderflow.stack.check.Sources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Kafka and PostgreSQL restart while orders keep coming; afterwards everything agrees and every event is out. */
class InfrastructureRestartIT {

    private final Stack stack = RunningStack.get();
    private final Platform platform = new Platform(stack);

    @Test
    void ordersPlacedWhileKafkaAndPostgresRestartEndConsistent() throws Exception {
        String sku = platform.newSku(500, 250);
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> orders = load.submit(() -> {
            for (int placed = 0; running.get() && placed < 400; placed++) {
                try {
                    int status = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve").statusCode();
                    answers.merge(status, 1, Integer::sum);
                } catch (RuntimeException e) {
                    answers.merge(-1, 1, Integer::sum); // no answer at all while the database is down
                }
            }
        });
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> answers.getOrDefault(201, 0) >= 5);
            stack.restart("kafka");
            int before = answers.getOrDefault(201, 0);
            await().atMost(Duration.ofSeconds(60)).until(() -> answers.getOrDefault(201, 0) >= before + 5);
            stack.restartPostgres();
            int afterKafka = answers.getOrDefault(201, 0);
            await().atMost(Duration.ofSeconds(90)).until(() -> answers.getOrDefault(201, 0) >= afterKafka + 5);
        } finally {
            running.set(false);
            orders.get(60, TimeUnit.SECONDS);
            load.shutdownNow();
        }
        System.out.println("[restart] answers by status: " + answers);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                platform.orderIdsWithSku(sku).stream().allMatch(id -> List.of("FULFILLMENT_CREATED", "FAILED",
                        "CANCELLED").contains(platform.order(id).getString("status"))));
        Report report = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).ignoreExceptions()
                .until(this::check, Report::consistent);
        report.print(System.out);
        assertThat(report.violations()).isEmpty();
    }

    private Report check() {
        return new ConsistencyChecker(new Sources("jdbc:postgresql://localhost:" + stack.config().port("postgres")
                + "/", stack.url("payment-provider"), stack.kafkaBootstrapServers()), Duration.ofSeconds(30)).report();
    }
}
