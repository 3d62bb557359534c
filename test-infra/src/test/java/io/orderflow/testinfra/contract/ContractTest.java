package io.orderflow.testinfra.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final Contract CONTRACT = Contract.parse("""
            {"consumer": "payment-fulfillment-service", "provider": "payment-provider", "interactions": [
              {"name": "looking a key up finds its charge", "providerState": "a charge was made with the key",
               "request": {"method": "GET", "path": "/v1/charges", "query": {"idempotency_key": "${key}"}},
               "response": {"status": 200, "body": {"data": [{"id": "${chargeId}", "status": "succeeded",
                                                              "amount": "${integer}", "refunded": "${boolean}"}]}}},
              {"name": "refunding a charge", "providerState": "a charge was made with the key",
               "request": {"method": "POST", "path": "/v1/charges/${chargeId}/refund",
                           "body": {"charge": "${chargeId}", "amount": "${amount}"}},
               "response": {"status": 200}}
            ]}""", "inline");

    @Test
    void bindingPutsTheValuesInPlaceAndLeavesTypePlaceholders() {
        Interaction.Bound lookup = CONTRACT.interaction("looking a key up finds its charge")
                .bind(Map.of("key", "k 1&2", "chargeId", "ch_1"));

        assertThat(lookup.request().pathAndQuery()).isEqualTo("/v1/charges?idempotency_key=k+1%262");
        assertThat(lookup.response().body().at("/data/0/id").asText()).isEqualTo("ch_1");
        assertThat(lookup.response().body().at("/data/0/amount").asText()).isEqualTo("${integer}");

        Interaction.Bound refund = CONTRACT.interaction("refunding a charge")
                .bind(Map.of("chargeId", "ch_1", "amount", 4200));
        assertThat(refund.request().path()).isEqualTo("/v1/charges/ch_1/refund");
        assertThat(refund.request().bodyText()).isEqualTo("{\"charge\":\"ch_1\",\"amount\":4200}");
        assertThat(refund.response().body()).isNull();
    }

    @Test
    void theExampleBodyHasAValueOfEachPlaceholdersType() {
        JsonNode example = CONTRACT.interaction("looking a key up finds its charge")
                .bind(Map.of("key", "k", "chargeId", "ch_1")).response().exampleBody();

        assertThat(example.at("/data/0/id").asText()).isEqualTo("ch_1");
        assertThat(example.at("/data/0/amount").isIntegralNumber()).isTrue();
        assertThat(example.at("/data/0/refunded").isBoolean()).isTrue();
    }

    @Test
    void aVariableWithoutValueFailsNamingIt() {
        assertThatThrownBy(() -> CONTRACT.interaction("refunding a charge").bind(Map.of("chargeId", "ch_1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("${amount}");
    }

    @Test
    void anUnknownInteractionFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> CONTRACT.interaction("charging"))
                .hasMessageContaining("no interaction 'charging'")
                .hasMessageContaining("refunding a charge");
        assertThat(CONTRACT.providerStates()).containsExactly("a charge was made with the key");
    }

    @Test
    void everyContractFileOfTheRepositoryIsReadable() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of("../contracts"))) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "order-service--inventory-service.json", "order-service--payment-fulfillment-service.json",
                "payment-fulfillment-service--payment-provider.json");
        for (Path file : files) {
            Contract contract = Contract.load(file.toString());
            assertThat(file.getFileName().toString())
                    .isEqualTo(contract.consumer() + "--" + contract.provider() + ".json");
            assertThat(contract.interactions()).allSatisfy(i -> assertThat(i.name()).isNotBlank());
        }
    }
}
