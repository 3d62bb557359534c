package io.orderflow.order.adapter.out.rest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.order.adapter.in.rest.ParticipantsStub;
import io.orderflow.order.application.CancellationOutcome;
import io.orderflow.order.application.Inventory.CatalogueEntry;
import io.orderflow.order.application.ReservationOutcome;
import io.orderflow.order.application.StepOutcome;
import io.orderflow.order.domain.OrderId;
import io.orderflow.order.domain.OrderLine;
import io.orderflow.order.domain.PricedLine;
import io.orderflow.order.domain.Quantity;
import io.orderflow.order.domain.Sku;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.contract.Contract;
import io.orderflow.testinfra.contract.Interaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Consumer side of {@code contracts/order-service--inventory-service.json}: for every interaction, the WireMock
 * of {@link ParticipantsStub} serves its example answer, and the real {@link RestInventory} must send the
 * contract's request and make the expected typed outcome of the answer.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class InventoryContractIT {

    private static final Contract CONTRACT = Contract.load("../contracts/order-service--inventory-service.json");

    @Inject
    RestInventory inventory;

    @ConfigProperty(name = "quarkus.rest-client.inventory.url")
    String inventoryUrl;

    private ContractStub stub;

    private final OrderId order = OrderId.newId();
    private final Sku sku = new Sku("SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    private final UUID reservationId = UUID.randomUUID();
    private final String idempotencyKey = UUID.randomUUID().toString();

    /** What order-service calls for an interaction, and the outcome it must make of the answer served. */
    private record Expectation(Supplier<Object> call, Function<JsonNode, Object> outcome) {
    }

    @BeforeEach
    void stubTheProvider() {
        stub = new ContractStub(inventoryUrl);
    }

    @AfterEach
    void removeTheStub() {
        stub.close();
    }

    static Stream<String> interactions() {
        return CONTRACT.interactionNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void orderServiceMakesTheTypedOutcomeOfTheAnswer(String name) {
        Expectation expectation = expectations().get(name);
        assertThat(expectation).as("order-service has no expectation for interaction '%s'", name).isNotNull();
        Interaction.Bound exchange = CONTRACT.interaction(name).bind(Map.of("orderId", order.value(),
                "sku", sku.value(), "reservationId", reservationId, "idempotencyKey", idempotencyKey));
        JsonNode served = stub.serve(exchange);

        Object outcome = expectation.call().get();

        stub.assertTheRequestWasTheContractsOne(exchange);
        assertThat(outcome).as("outcome of '%s'", name).isEqualTo(expectation.outcome().apply(served));
    }

    @Test
    void everyExpectationHereIsForAnInteractionOfTheContract() {
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.interactionNames());
    }

    private Map<String, Expectation> expectations() {
        List<OrderLine> twoUnits = List.of(new OrderLine(sku, new Quantity(2)));
        List<PricedLine> twoUnitsAt250 = List.of(new PricedLine(sku, new Quantity(2), 250));
        return Map.ofEntries(
                entry("looking up a SKU gives its price and currency", new Expectation(
                        () -> inventory.lookup(List.of(sku)),
                        served -> List.of(new CatalogueEntry(sku, "EUR", 250)))),
                entry("looking up an unknown SKU gives an empty list", new Expectation(
                        () -> inventory.lookup(List.of(sku)), served -> List.of())),
                entry("reserving stock that is on hand holds it at the catalogue price", new Expectation(
                        () -> inventory.reserve(order, twoUnits, idempotencyKey),
                        served -> new ReservationOutcome.Reserved(UUID.fromString(served.get("id").asText()),
                                ReservationOutcome.Status.HELD, twoUnitsAt250))),
                entry("reserving more than is on hand is refused as out-of-stock", new Expectation(
                        () -> inventory.reserve(order, List.of(new OrderLine(sku, new Quantity(6))), idempotencyKey),
                        served -> new ReservationOutcome.OutOfStock(detail(served)))),
                entry("reserving for a cancelled order is refused as order-cancelled", new Expectation(
                        () -> inventory.reserve(order, twoUnits, idempotencyKey),
                        served -> new ReservationOutcome.OrderCancelled(detail(served)))),
                entry("finding the reservation of an order gives its status and priced lines", new Expectation(
                        () -> inventory.findReservation(order),
                        served -> new ReservationOutcome.Reserved(reservationId, ReservationOutcome.Status.HELD,
                                twoUnitsAt250))),
                entry("finding the reservation of an order without one gives an empty list", new Expectation(
                        () -> inventory.findReservation(order), served -> new ReservationOutcome.Absent())),
                entry("confirming a held reservation succeeds", new Expectation(
                        () -> inventory.confirm(reservationId), served -> new StepOutcome.Done())),
                entry("confirming a released reservation is refused for good", new Expectation(
                        () -> inventory.confirm(reservationId), served -> new StepOutcome.Refused(detail(served)))),
                entry("releasing a held reservation succeeds", new Expectation(
                        () -> inventory.release(reservationId), served -> new StepOutcome.Done())),
                entry("cancelling an order releases its stock and fences it", new Expectation(
                        () -> inventory.cancelOrder(order), served -> new CancellationOutcome.Compensated())));
    }

    private static String detail(JsonNode problem) {
        return problem.get("detail").asText();
    }
}
