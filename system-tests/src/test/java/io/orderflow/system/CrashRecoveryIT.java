package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.stack.Stack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A service crashes (halts as with kill -9) at each named point of the saga and is restarted; the
 * order must end FULFILLMENT_CREATED through recovery alone, with stock, payment and shipment agreeing.
 */
class CrashRecoveryIT {

    private final Stack stack = RunningStack.get();
    private final Platform platform = new Platform(stack);

    static List<Faults.Point> crashPoints() {
        return Faults.CRASH_POINTS;
    }

    @ParameterizedTest
    @MethodSource("crashPoints")
    void anOrderInterruptedByACrashIsCompletedByRecovery(Faults.Point point) {
        String sku = platform.newSku(5, 700);
        Faults.armCrash(stack, point);

        int status = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve").statusCode();
        assertThat(status).as("the request cannot complete normally").isNotEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> !stack.process(point.process()).isAlive());
        stack.restart(point.process());

        String orderId = awaitOrderFor(sku);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> "FULFILLMENT_CREATED".equals(platform.order(orderId).getString("status")));
        assertCompleted(orderId, sku);
    }

    @Test
    void aReplyDelayedPastTheClientTimeoutIsSettledByAsking() {
        String sku = platform.newSku(5, 400);
        Faults.armDelay(stack, Faults.S2_RESERVED_BEFORE_REPLY, 7_000);

        String orderId = platform.placeOrder(UUID.randomUUID().toString(), sku, 1, "tok_approve")
                .then().statusCode(201).extract().path("id");
        assertCompleted(orderId, sku);
    }

    private String awaitOrderFor(String sku) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> platform.orderIdsWithSku(sku),
                ids -> ids.size() == 1).get(0);
    }

    private void assertCompleted(String orderId, String sku) {
        assertThat(platform.reservations(orderId)).singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("CONFIRMED"));
        List<Map<String, Object>> payments = platform.payments(orderId);
        assertThat(payments).singleElement().satisfies(p -> assertThat(p.get("status")).isEqualTo("CAPTURED"));
        assertThat(platform.fulfillments(orderId)).singleElement()
                .satisfies(f -> assertThat(f.get("status")).isEqualTo("REQUESTED"));
        assertThat(platform.providerCharges("order-" + orderId + ":pay")).hasSize(1);
        var stock = platform.sku(sku);
        assertThat(List.of(stock.getInt("onHand"), stock.getInt("reserved"), stock.getInt("shipped")))
                .containsExactly(4, 0, 1);
    }
}
