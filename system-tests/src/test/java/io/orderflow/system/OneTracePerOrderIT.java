package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.stack.Stack;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An order placed through the gateway is one trace: the gateway's span, and under it the spans of every service
 * the saga calls, all in the stack's Zipkin under the trace id the gateway answers with; its events carry that
 * trace to Kafka through the outbox.
 */
class OneTracePerOrderIT {

    /** Every service an order passes through over REST, as each names itself in its spans. */
    static final Set<String> SERVICES_OF_AN_ORDER =
            Set.of("api-gateway", "order-service", "inventory-service", "payment-fulfillment-service");

    private final Stack stack = RunningStack.get();
    private final Platform platform = new Platform(stack);
    private final ZipkinTraces zipkin = new ZipkinTraces(stack.url("zipkin"));

    @Test
    void anOrderIsOneTraceAcrossTheGatewayAndEveryServiceOfTheSaga() {
        String traceId = placeOrder().header("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}");

        ZipkinTraces.Trace trace = zipkin.await(traceId, t -> t.hasServerSpansOf(SERVICES_OF_AN_ORDER),
                Duration.ofSeconds(30));

        assertThat(trace.spans()).allSatisfy(span -> assertThat(span.traceId()).isEqualTo(traceId));
        assertThat(trace.services()).containsAll(SERVICES_OF_AN_ORDER);
        // order-service calls both participants: its client spans are the parents of their server spans
        assertThat(trace.spansOf("order-service", "CLIENT")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(trace.spans().stream().filter(s -> s.parentId() == null)).as("one root: the gateway's")
                .singleElement().satisfies(root -> assertThat(root.service()).isEqualTo("api-gateway"));
    }

    @Test
    void theEventsOfAnOrderCarryItsTraceThroughTheOutboxToKafka() {
        Response placed = placeOrder();
        String traceId = placed.header("X-Trace-Id");
        String orderId = placed.path("id");

        try (EventLog events = platform.events("order.events", "inventory.events", "payment.events")) {
            for (String topic : List.of("order.events", "inventory.events", "payment.events")) {
                var records = events.awaitRecords(r -> r.topic().equals(topic) && r.value().contains(orderId), 1,
                        Duration.ofSeconds(30));
                assertThat(records).as("events of the order on " + topic)
                        .extracting(r -> EventLog.header(r, "traceparent"))
                        .allSatisfy(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
            }
        }
    }

    /**
     * order-service's consumers (timeline, notifications) continue the trace of the request whose outbox rows
     * published the events: the consumption of every service's events hangs under the gateway's trace id.
     */
    @Test
    void orderServiceConsumesTheEventsOfAnOrderInItsTrace() {
        String traceId = placeOrder().header("X-Trace-Id");

        ZipkinTraces.Trace trace = zipkin.await(traceId, t -> consumedTopics(t).containsAll(
                List.of("order.events", "inventory.events", "payment.events")), Duration.ofSeconds(60));

        assertThat(trace.spansOf("order-service", "CONSUMER"))
                .allSatisfy(span -> assertThat(span.traceId()).isEqualTo(traceId))
                .allSatisfy(span -> assertThat(span.parentId()).as("a consumer span has the producing span as parent")
                        .isNotNull());
    }

    private static Set<String> consumedTopics(ZipkinTraces.Trace trace) {
        return trace.spansOf("order-service", "CONSUMER").stream().map(span -> span.name().split(" ")[0])
                .collect(Collectors.toSet());
    }

    private Response placeOrder() {
        String sku = platform.newSku(5, 100);
        Response placed = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve");
        assertThat(placed.statusCode()).isEqualTo(201);
        return placed;
    }
}
