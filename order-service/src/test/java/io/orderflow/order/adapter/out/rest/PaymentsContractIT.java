package io.orderflow.order.adapter.out.rest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.order.adapter.in.rest.ParticipantsStub;
import io.orderflow.order.application.CancellationOutcome;
import io.orderflow.order.application.PaymentOutcome;
import io.orderflow.order.application.StepOutcome;
import io.orderflow.order.domain.Money;
import io.orderflow.order.domain.OrderId;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.contract.Contract;
import io.orderflow.testinfra.contract.Interaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
 * Consumer side of {@code contracts/order-service--payment-fulfillment-service.json}: for every interaction,
 * the WireMock of {@link ParticipantsStub} serves its example answer, and the real {@link RestPayments} must send
 * the contract's request and make the expected typed outcome of the answer.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class PaymentsContractIT {

    private static final Contract CONTRACT =
            Contract.load("../contracts/order-service--payment-fulfillment-service.json");
    private static final Money AMOUNT = new Money(4200, "EUR");
    private static final String ADDRESS = "1 Main St, Springfield";

    @Inject
    RestPayments payments;

    @ConfigProperty(name = "quarkus.rest-client.payment.url")
    String paymentsUrl;

    private ContractStub stub;

    private final OrderId order = OrderId.newId();
    private final UUID reservationId = UUID.randomUUID();
    private final UUID paymentId = UUID.randomUUID();
    private final String idempotencyKey = UUID.randomUUID().toString();

    /**
     * What order-service calls for an interaction, and the outcome it must make of the answer served: a value,
     * or only a type when the outcome's text is this service's own wording.
     */
    private record Expectation(Supplier<Object> call, Function<JsonNode, Object> outcome) {
    }

    @BeforeEach
    void stubTheProvider() {
        stub = new ContractStub(paymentsUrl);
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
                "reservationId", reservationId, "paymentId", paymentId, "idempotencyKey", idempotencyKey));
        JsonNode served = stub.serve(exchange);

        Object outcome = expectation.call().get();

        stub.assertTheRequestWasTheContractsOne(exchange);
        Object expected = expectation.outcome().apply(served);
        if (expected instanceof Class<?> type) {
            assertThat(outcome).as("outcome of '%s'", name).isInstanceOf(type);
        } else {
            assertThat(outcome).as("outcome of '%s'", name).isEqualTo(expected);
        }
    }

    @Test
    void everyExpectationHereIsForAnInteractionOfTheContract() {
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.interactionNames());
    }

    private Map<String, Expectation> expectations() {
        return Map.ofEntries(
                entry("paying with a card the provider approves captures the payment and requests the shipment",
                        new Expectation(() -> pay("tok_approve"), served -> new PaymentOutcome.Captured(
                                uuid(served, "id"), uuid(served, "fulfillmentId")))),
                entry("paying with a card the provider declines is refused as payment-declined", new Expectation(
                        () -> pay("tok_decline"), served -> new PaymentOutcome.Declined(text(served, "detail")))),
                entry("paying after the provider failed too often is refused as payment-failed", new Expectation(
                        () -> pay("tok_error"), served -> new PaymentOutcome.Voided(text(served, "detail")))),
                entry("paying for a cancelled order is refused as order-cancelled", new Expectation(
                        () -> pay("tok_approve"), served -> new PaymentOutcome.OrderCancelled(text(served, "detail")))),
                entry("finding a captured payment gives its id and its fulfillment", new Expectation(
                        () -> payments.findPayment(order),
                        served -> new PaymentOutcome.Captured(paymentId, uuid(served.get(0), "fulfillmentId")))),
                entry("finding a declined payment gives its decline reason", new Expectation(
                        () -> payments.findPayment(order),
                        served -> new PaymentOutcome.Declined(text(served.get(0), "declineReason")))),
                entry("finding a voided payment gives its failure reason", new Expectation(
                        () -> payments.findPayment(order),
                        served -> new PaymentOutcome.Voided(text(served.get(0), "failureReason")))),
                entry("finding a refunded payment gives its id", new Expectation(
                        () -> payments.findPayment(order), served -> new PaymentOutcome.Refunded(paymentId))),
                entry("finding a payment whose charge is unsettled gives it as pending", new Expectation(
                        () -> payments.findPayment(order), served -> PaymentOutcome.InDoubt.class)),
                entry("finding the payment of an order without one gives an empty list", new Expectation(
                        () -> payments.findPayment(order), served -> new PaymentOutcome.Absent())),
                entry("refunding a captured payment succeeds", new Expectation(
                        () -> payments.refund(paymentId), served -> new StepOutcome.Done())),
                entry("cancelling an order whose payment was captured refunds it", new Expectation(
                        () -> payments.cancelOrder(order), served -> new CancellationOutcome.Compensated())),
                entry("cancelling an order whose shipment was dispatched is refused as shipment-dispatched",
                        new Expectation(() -> payments.cancelOrder(order),
                                served -> new CancellationOutcome.ShipmentDispatched(text(served, "detail")))));
    }

    private PaymentOutcome pay(String token) {
        return payments.pay(order, reservationId, AMOUNT, token, ADDRESS, idempotencyKey);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asText();
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.get(field).asText());
    }
}
