package io.orderflow.payment.adapter.out.provider;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.payment.adapter.in.rest.ProviderStubResource;
import io.orderflow.payment.application.PaymentProvider;
import io.orderflow.payment.domain.Money;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.contract.Contract;
import io.orderflow.testinfra.contract.Interaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
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
 * Consumer side of {@code contracts/payment-fulfillment-service--payment-provider.json}: for every interaction,
 * the WireMock of {@link ProviderStubResource} serves its example answer, and the real {@link RestPaymentProvider}
 * must send the contract's request and give the port's answer that the provider's answer means.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class PaymentProviderContractIT {

    private static final Contract CONTRACT =
            Contract.load("../contracts/payment-fulfillment-service--payment-provider.json");
    private static final Money AMOUNT = new Money(4200, "EUR");
    private static final String REFUND_CONFIRMED = "refund confirmed";

    @Inject
    RestPaymentProvider provider;

    @ConfigProperty(name = "quarkus.rest-client.payment-provider.url")
    String providerUrl;

    private ContractStub stub;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private final String chargeId = "ch_" + UUID.randomUUID();
    private final String refundKey = "refund-" + UUID.randomUUID();

    /** What payment-fulfillment-service calls for an interaction, and what its port must answer. */
    private record Expectation(Supplier<Object> call, Function<JsonNode, Object> answer) {
    }

    @BeforeEach
    void stubTheProvider() {
        stub = new ContractStub(providerUrl);
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
    void thePaymentServiceMakesTheTypedAnswerOfTheProviders(String name) {
        Expectation expectation = expectations().get(name);
        assertThat(expectation).as("payment-fulfillment-service has no expectation for interaction '%s'", name)
                .isNotNull();
        Interaction.Bound exchange = CONTRACT.interaction(name).bind(Map.of("idempotencyKey", idempotencyKey,
                "chargeId", chargeId, "refundKey", refundKey));
        JsonNode served = stub.serve(exchange);

        Object answer = expectation.call().get();

        stub.assertTheRequestWasTheContractsOne(exchange);
        assertThat(answer).as("answer to '%s'", name).isEqualTo(expectation.answer().apply(served));
    }

    @Test
    void everyExpectationHereIsForAnInteractionOfTheContract() {
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT.interactionNames());
    }

    private Map<String, Expectation> expectations() {
        return Map.ofEntries(
                entry("charging a card the provider approves answers the succeeded charge", new Expectation(
                        () -> provider.charge(idempotencyKey, AMOUNT, "tok_approve"),
                        served -> new PaymentProvider.Approved(served.get("id").asText()))),
                entry("charging a card the provider declines answers 402 with the card error", new Expectation(
                        () -> provider.charge(idempotencyKey, AMOUNT, "tok_decline"),
                        served -> new PaymentProvider.Declined(served.at("/error/message").asText() + " ("
                                + served.at("/error/code").asText() + ")"))),
                entry("looking up the key of a succeeded charge finds it", new Expectation(
                        () -> provider.findCharge(idempotencyKey),
                        served -> Optional.of(new PaymentProvider.ChargeLookup(chargeId, true)))),
                entry("looking up the key of a declined charge finds it failed", new Expectation(
                        () -> provider.findCharge(idempotencyKey),
                        served -> Optional.of(new PaymentProvider.ChargeLookup(chargeId, false)))),
                entry("looking up a key no charge was made with finds nothing", new Expectation(
                        () -> provider.findCharge(idempotencyKey), served -> Optional.empty())),
                entry("refunding a succeeded charge is confirmed", new Expectation(
                        () -> {
                            provider.refund(chargeId, refundKey);
                            return REFUND_CONFIRMED;
                        },
                        served -> REFUND_CONFIRMED)));
    }
}
