package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.cancel;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.dispatch;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.fulfillmentsOf;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.pay;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.paymentOf;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.refund;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.contract.ActualResponse;
import io.orderflow.testinfra.contract.Contract;
import io.orderflow.testinfra.contract.ContractMatcher;
import io.orderflow.testinfra.contract.ContractReplay;
import io.orderflow.testinfra.contract.Interaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Provider side of {@code contracts/order-service--payment-fulfillment-service.json}: every interaction
 * order-service relies on is replayed against the real payment-fulfillment-service (WireMock plays the payment
 * provider), after setting up its provider state, with order-service's token as order-service sends it.
 */
@QuarkusTest
@TestProfile(OrderServiceContractIT.OneFailedAttemptVoids.class)
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class OrderServiceContractIT {

    private static final Contract CONTRACT =
            Contract.load("../contracts/order-service--payment-fulfillment-service.json");
    private static final long AMOUNT_MINOR = 4200;

    ProviderStub provider;

    @TestHTTPResource
    URL payments;

    /**
     * A payment is given up after one failed charge attempt, at once: reaches "the provider failed every allowed
     * attempt and none can still land" without waiting out the production settle time, which protects against
     * charges still in flight (WireMock's failures here answer at once).
     */
    public static class OneFailedAttemptVoids implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("payments.max-charge-attempts", "1", "payments.void-pending-after", "0s");
        }
    }

    /** Sets up one provider state; puts the values it created (paymentId, ...) into {@code values}. */
    private interface ProviderState {
        void setUp(Interaction interaction, Map<String, Object> values);
    }

    static Stream<String> interactions() {
        return CONTRACT.interactionNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void paymentsAnswerAsOrderServiceRelies(String name) {
        Interaction interaction = CONTRACT.interaction(name);
        Map<String, Object> values = new HashMap<>(Map.of("orderId", UUID.randomUUID(),
                "reservationId", UUID.randomUUID(), "idempotencyKey", UUID.randomUUID().toString()));
        ProviderState state = providerStates().get(interaction.providerState());
        assertThat(state).as("payment-fulfillment-service cannot set up provider state '%s'",
                interaction.providerState()).isNotNull();
        state.setUp(interaction, values);

        Interaction.Bound exchange = interaction.bind(values);

        ContractMatcher.assertResponseMatches(exchange, replay(exchange));
    }

    @Test
    void everyProviderStateSetUpHereIsOneTheContractNames() {
        assertThat(providerStates().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.providerStates());
    }

    private Map<String, ProviderState> providerStates() {
        return Map.ofEntries(
                Map.entry("the provider approves the card", (interaction, values) -> approves(key(values))),
                Map.entry("the provider declines the card", (interaction, values) -> declines(key(values))),
                Map.entry("the provider failed every allowed charge attempt and none can still land",
                        (interaction, values) -> {
                            failsToAnswer(key(values));
                            assertThat(replay(interaction.bind(values)).status()).isEqualTo(503);
                        }),
                Map.entry("the order was cancelled", (interaction, values) -> cancel(order(values)).statusCode(200)),
                Map.entry("the order's payment was captured", (interaction, values) -> captured(values)),
                Map.entry("the order's payment was declined", (interaction, values) -> {
                    declines(key(values));
                    pay(key(values), body(order(values), AMOUNT_MINOR, "tok_decline")).statusCode(422);
                }),
                Map.entry("the order's payment was voided after the provider failed too often",
                        (interaction, values) -> {
                            failsToAnswer(key(values));
                            String body = body(order(values), AMOUNT_MINOR, "tok_error");
                            pay(key(values), body).statusCode(503);
                            pay(key(values), body).statusCode(422);
                        }),
                Map.entry("the order's payment was captured, then refunded",
                        (interaction, values) -> refund(captured(values)).statusCode(200)),
                Map.entry("the order's payment is pending: the provider failed to answer its charge",
                        (interaction, values) -> {
                            failsToAnswer(key(values));
                            pay(key(values), body(order(values), AMOUNT_MINOR, "tok_error")).statusCode(503);
                            values.put("paymentId", paymentOf(order(values)).extract().path("[0].id"));
                        }),
                Map.entry("the order has no payment", (interaction, values) -> { }),
                Map.entry("the order's payment was captured and the provider refunds it",
                        (interaction, values) -> captured(values)),
                Map.entry("a captured payment whose shipment was dispatched", (interaction, values) -> {
                    captured(values);
                    dispatch(fulfillmentsOf(order(values)).extract().path("[0].id")).statusCode(200);
                }));
    }

    /** Pays for the order with a card the provider approves and refunds; returns the payment's id. */
    private String captured(Map<String, Object> values) {
        provider.refundSucceeds(approves(key(values)));
        String paymentId = pay(key(values), body(order(values), AMOUNT_MINOR, "tok_approve")).statusCode(201)
                .extract().path("id");
        values.put("paymentId", paymentId);
        return paymentId;
    }

    /**
     * The provider charges the card; should its answer come after the client gave up (the first call after a
     * start can be slow), the provider's record of the key shows the charge, as a real provider's would.
     */
    private String approves(String key) {
        String chargeId = provider.approves(key);
        provider.lookupFinds(key, chargeId, "succeeded");
        return chargeId;
    }

    /** The provider declines the card, and its record of the key shows the failed charge. */
    private void declines(String key) {
        provider.declines(key);
        provider.lookupFinds(key, "ch_declined-" + key, "failed");
    }

    private void failsToAnswer(String key) {
        provider.failsWithServerError(key);
        provider.lookupFindsNothing(key);
    }

    private ActualResponse replay(Interaction.Bound exchange) {
        return ContractReplay.withBearerToken(payments.toString(), Callers.serviceToken()).send(exchange);
    }

    private static String key(Map<String, Object> values) {
        return values.get("idempotencyKey").toString();
    }

    private static UUID order(Map<String, Object> values) {
        return (UUID) values.get("orderId");
    }
}
