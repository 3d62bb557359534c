package io.orderflow.inventory.adapter.in.rest;

import static io.orderflow.inventory.adapter.in.rest.InventoryApi.cancelOrder;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.createSku;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.line;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.release;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.reserveOk;
import static io.orderflow.inventory.adapter.in.rest.InventoryApi.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.contract.Contract;
import io.orderflow.testinfra.contract.ContractMatcher;
import io.orderflow.testinfra.contract.ContractReplay;
import io.orderflow.testinfra.contract.Interaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Provider side of {@code contracts/order-service--inventory-service.json}: every interaction order-service relies
 * on is replayed against the real inventory-service, after setting up its provider state, with order-service's
 * token as order-service sends it.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class OrderServiceContractIT {

    private static final Contract CONTRACT = Contract.load("../contracts/order-service--inventory-service.json");

    @TestHTTPResource
    URL inventory;

    static Stream<String> interactions() {
        return CONTRACT.interactionNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void inventoryAnswersAsOrderServiceRelies(String name) {
        Interaction interaction = CONTRACT.interaction(name);
        Map<String, Object> values = new HashMap<>(Map.of("orderId", UUID.randomUUID(),
                "idempotencyKey", UUID.randomUUID()));
        Consumer<Map<String, Object>> state = providerStates().get(interaction.providerState());
        assertThat(state).as("inventory-service cannot set up provider state '%s'", interaction.providerState())
                .isNotNull();
        state.accept(values);

        Interaction.Bound exchange = interaction.bind(values);

        ContractReplay asOrderService = ContractReplay.withBearerToken(inventory.toString(), Callers.serviceToken());
        ContractMatcher.assertResponseMatches(exchange, asOrderService.send(exchange));
    }

    @Test
    void everyProviderStateSetUpHereIsOneTheContractNames() {
        assertThat(providerStates().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.providerStates());
    }

    /** How to reach each provider state; each puts the values it created (sku, reservationId) into the map. */
    private static Map<String, Consumer<Map<String, Object>>> providerStates() {
        return Map.of(
                "a SKU with 5 on hand priced 250 EUR",
                values -> values.put("sku", createSku(5, 250, "EUR")),
                "no SKU with this code exists",
                values -> values.put("sku", uniqueSku()),
                "a SKU with 5 on hand priced 250 EUR, and the order was cancelled",
                values -> {
                    values.put("sku", createSku(5, 250, "EUR"));
                    cancelOrder((UUID) values.get("orderId")).statusCode(200);
                },
                "the order holds a reservation of 2 units of a SKU priced 250 EUR",
                OrderServiceContractIT::holdTwoUnits,
                "the order's reservation was released",
                values -> release(holdTwoUnits(values)).statusCode(200),
                "the order has no reservation",
                values -> { });
    }

    private static String holdTwoUnits(Map<String, Object> values) {
        String sku = createSku(5, 250, "EUR");
        String reservationId = reserveOk((UUID) values.get("orderId"), List.of(line(sku, 2)));
        values.put("sku", sku);
        values.put("reservationId", reservationId);
        return reservationId;
    }
}
