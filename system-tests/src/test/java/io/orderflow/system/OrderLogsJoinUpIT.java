package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.stack.Stack;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The log lines a service writes about an order carry its {@code orderId}, the {@code traceId} and {@code spanId}
 * of the work that wrote them, and the request's {@code correlationId}: one order can be followed from the
 * gateway's answer through every service's log, and from any log line to its trace.
 */
class OrderLogsJoinUpIT {

    private final Stack stack = RunningStack.get();
    private final Platform platform = new Platform(stack);

    @Test
    void theLogLinesOfAnOrderInEachServiceCarryItsOrderTraceSpanAndCorrelationIds() {
        String sku = platform.newSku(5, 100);
        Response placed = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve");
        assertThat(placed.statusCode()).isEqualTo(201);
        String orderId = placed.path("id");
        String traceId = placed.header("X-Trace-Id");
        String correlationId = placed.header("X-Correlation-Id");

        for (String service : List.of("order-service", "inventory-service")) {
            List<JsonNode> lines = JsonLogs.await(stack.process(service).logFile(),
                    line -> orderId.equals(JsonLogs.mdc(line, "orderId")), Duration.ofSeconds(20));
            assertThat(lines).as("lines of %s about order %s", service, orderId).allSatisfy(line -> {
                assertThat(JsonLogs.mdc(line, "traceId")).isEqualTo(traceId);
                assertThat(JsonLogs.mdc(line, "spanId")).matches("[0-9a-f]{16}");
                assertThat(JsonLogs.mdc(line, "correlationId")).isEqualTo(correlationId);
                assertThat(line.path("service").asText()).isEqualTo(service);
            });
        }
    }
}
