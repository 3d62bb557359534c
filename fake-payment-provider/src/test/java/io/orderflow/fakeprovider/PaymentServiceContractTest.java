package io.orderflow.fakeprovider;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.fakeprovider.ProviderClient.Answer;
import io.orderflow.testinfra.contract.Contract;
import io.orderflow.testinfra.contract.ContractMatcher;
import io.orderflow.testinfra.contract.ContractReplay;
import io.orderflow.testinfra.contract.Interaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Provider side of {@code contracts/payment-fulfillment-service--payment-provider.json}: every interaction
 * payment-fulfillment-service relies on is replayed against the real fake provider on a free port.
 */
class PaymentServiceContractTest {

    private static final Contract CONTRACT =
            Contract.load("../contracts/payment-fulfillment-service--payment-provider.json");

    private FakePaymentProvider provider;
    private ProviderClient client;

    @BeforeEach
    void start() {
        provider = FakePaymentProvider.start(new ProviderSettings(freePort(), null, Duration.ofMillis(300)));
        client = new ProviderClient(provider.port());
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    static Stream<String> interactions() {
        return CONTRACT.interactionNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactions")
    void theProviderAnswersAsThePaymentServiceRelies(String name) {
        Interaction interaction = CONTRACT.interaction(name);
        Map<String, Object> values = new HashMap<>(Map.of("idempotencyKey", UUID.randomUUID().toString(),
                "refundKey", "refund-" + UUID.randomUUID()));
        Consumer<Map<String, Object>> state = providerStates().get(interaction.providerState());
        assertThat(state).as("the fake provider cannot set up provider state '%s'", interaction.providerState())
                .isNotNull();
        state.accept(values);

        Interaction.Bound exchange = interaction.bind(values);

        ContractMatcher.assertResponseMatches(exchange,
                new ContractReplay("http://localhost:" + provider.port()).send(exchange));
    }

    @Test
    void everyProviderStateSetUpHereIsOneTheContractNames() {
        assertThat(providerStates().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.providerStates());
    }

    /** The card token decides a charge's outcome, so charges need no set-up; lookups and refunds need one. */
    private Map<String, Consumer<Map<String, Object>>> providerStates() {
        return Map.of(
                "the provider approves the token tok_approve", values -> { },
                "the provider declines the token tok_decline", values -> { },
                "a charge that succeeded was made with the key",
                values -> values.put("chargeId", charge(values.get("idempotencyKey"), "tok_approve")),
                "a charge that was declined was made with the key",
                values -> values.put("chargeId", charge(values.get("idempotencyKey"), "tok_decline")),
                "no charge was made with the key", values -> { },
                "a charge that succeeded and was not refunded",
                values -> values.put("chargeId", charge(UUID.randomUUID(), "tok_approve")));
    }

    /** Charges 42.00 EUR with this key and token; returns the id of the charge, succeeded or failed. */
    private String charge(Object key, String token) {
        Answer answer = client.charge(key.toString(), 4200, token);
        return (answer.status() == 201 ? answer.body() : answer.body().get("charge")).get("id").asText();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
