package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.outboxTypes;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserve;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class ConcurrentReservationIT {

    @Inject
    EntityManager entityManager;

    @Test
    void fiftyOrdersRacingForTenUnitsGetExactlyTen() throws Exception {
        String sku = createSku(10);
        List<ExtractableResponse<Response>> responses = concurrently(50,
                i -> () -> reserve(UUID.randomUUID(), List.of(line(sku, 1))).extract());

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(ExtractableResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 10L, 422, 40L));
        assertThat(responses).filteredOn(r -> r.statusCode() == 422)
                .allSatisfy(r -> assertThat(r.<String>path("type")).endsWith("/out-of-stock"));
        stock(sku).body("onHand", equalTo(0)).body("reserved", equalTo(10)).body("shipped", equalTo(0));
    }

    @Test
    void concurrentRetriesOfOneOrderMakeOneReservation() throws Exception {
        String sku = createSku(100);
        UUID orderId = UUID.randomUUID();
        List<ExtractableResponse<Response>> responses = concurrently(10,
                i -> () -> reserve(orderId, List.of(line(sku, 3))).extract());

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(200, 201)
                .filteredOn(status -> status == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.<String>path("id")).containsOnly(responses.get(0).<String>path("id"));
        stock(sku).body("onHand", equalTo(97)).body("reserved", equalTo(3));
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("StockReserved");
    }

    /** Runs the calls at once (released together) and returns their results. */
    private static <T> List<T> concurrently(int count, Function<Integer, Callable<T>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> task = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
