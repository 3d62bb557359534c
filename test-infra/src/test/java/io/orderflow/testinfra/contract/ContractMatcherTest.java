package io.orderflow.testinfra.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractMatcherTest {

    private static final Contract CONTRACT = Contract.parse("""
            {"consumer": "order-service", "provider": "inventory-service", "interactions": [
              {"name": "reserving stock holds it", "providerState": "a SKU with 5 on hand",
               "request": {"method": "POST", "path": "/reservations",
                           "headers": {"Idempotency-Key": "${key}", "Content-Type": "application/json"},
                           "body": {"orderId": "${orderId}", "lines": [{"sku": "${sku}", "quantity": 2}]}},
               "response": {"status": 201, "headers": {"Content-Type": "application/json"},
                            "body": {"id": "${uuid}", "status": "HELD",
                                     "lines": [{"sku": "${sku}", "quantity": 2, "unitPriceMinor": 250}]}}},
              {"name": "reserving too much is refused", "providerState": "a SKU with 5 on hand",
               "request": {"method": "POST", "path": "/reservations"},
               "response": {"status": 422, "headers": {"Content-Type": "application/problem+json"},
                            "body": {"type": "https://orderflow.io/problems/out-of-stock", "detail": "${string}"}}}
            ]}""", "inline");

    private static final UUID ORDER = UUID.randomUUID();
    private static final Interaction.Bound RESERVE = CONTRACT.interaction("reserving stock holds it")
            .bind(Map.of("key", "k-1", "orderId", ORDER, "sku", "SKU-1"));
    private static final Interaction.Bound REFUSE = CONTRACT.interaction("reserving too much is refused")
            .bind(Map.of());

    @Test
    void anAnswerWithEveryFieldAndExtraOnesMatches() {
        assertThatCode(() -> ContractMatcher.assertResponseMatches(RESERVE, json(201, """
                {"id": "%s", "orderId": "%s", "status": "HELD", "totalMinor": 500,
                 "lines": [{"sku": "SKU-1", "quantity": 2, "unitPriceMinor": 250}]}""".formatted(UUID.randomUUID(),
                ORDER)))).doesNotThrowAnyException();
    }

    @Test
    void aRenamedFieldFails() {
        assertThatThrownBy(() -> ContractMatcher.assertResponseMatches(RESERVE, json(201, """
                {"id": "%s", "status": "HELD",
                 "lines": [{"sku": "SKU-1", "quantity": 2, "priceMinor": 250}]}""".formatted(UUID.randomUUID()))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("$.lines[0].unitPriceMinor: missing, expected 250");
    }

    @Test
    void aChangedEnumValueFails() {
        assertThatThrownBy(() -> ContractMatcher.assertResponseMatches(RESERVE, json(201, """
                {"id": "%s", "status": "ON_HOLD",
                 "lines": [{"sku": "SKU-1", "quantity": 2, "unitPriceMinor": 250}]}""".formatted(UUID.randomUUID()))))
                .hasMessageContaining("$.status: expected \"HELD\", got \"ON_HOLD\"");
    }

    @Test
    void aChangedProblemTypeFailsAndSoDoesAnotherStatus() {
        ActualResponse answer = new ActualResponse(409, Map.of("content-type", "application/problem+json"), """
                {"type": "https://orderflow.io/problems/conflict", "detail": "not enough stock"}""");

        assertThatThrownBy(() -> ContractMatcher.assertResponseMatches(REFUSE, answer))
                .hasMessageContaining("status: expected 422, got 409")
                .hasMessageContaining("$.type: expected \"https://orderflow.io/problems/out-of-stock\", got "
                        + "\"https://orderflow.io/problems/conflict\"");
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        assertThatThrownBy(() -> ContractMatcher.assertResponseMatches(RESERVE, json(201, """
                {"id": 42, "status": "HELD",
                 "lines": [{"sku": "SKU-1", "quantity": "2", "unitPriceMinor": 250}]}""")))
                .hasMessageContaining("$.id: expected a uuid, got 42")
                .hasMessageContaining("$.lines[0].quantity: expected 2, got \"2\"");
        assertThat(ContractMatcher.mismatches(REFUSE.response().body(),
                Contract.JSON.valueToTree(Map.of("type", "https://orderflow.io/problems/out-of-stock",
                        "detail", 7))))
                .containsExactly("$.detail: expected a string, got 7");
    }

    @Test
    void aListOfAnotherLengthFails() {
        assertThatThrownBy(() -> ContractMatcher.assertResponseMatches(RESERVE, json(201, """
                {"id": "%s", "status": "HELD", "lines": []}""".formatted(UUID.randomUUID()))))
                .hasMessageContaining("$.lines: expected 1 element(s), got 0");
    }

    @Test
    void anAnswerOfAnotherMediaTypeFailsButCharsetParametersDoNot() {
        String body = """
                {"type": "https://orderflow.io/problems/out-of-stock", "detail": "not enough stock"}""";

        assertThatThrownBy(() -> ContractMatcher.assertResponseMatches(REFUSE,
                new ActualResponse(422, Map.of("Content-Type", "text/plain"), body)))
                .hasMessageContaining("header Content-Type: expected application/problem+json, got text/plain");
        assertThatCode(() -> ContractMatcher.assertResponseMatches(REFUSE,
                new ActualResponse(422, Map.of("content-type", "application/problem+json;charset=UTF-8"), body)))
                .doesNotThrowAnyException();
    }

    @Test
    void theRequestTheContractDescribesMatches() {
        assertThatCode(() -> ContractMatcher.assertRequestMatches(RESERVE, new ActualRequest("POST", "/reservations",
                Map.of("idempotency-key", "k-1", "Content-Type", "application/json"),
                "{\"lines\":[{\"quantity\":2,\"sku\":\"SKU-1\"}],\"orderId\":\"" + ORDER + "\"}")))
                .doesNotThrowAnyException();
    }

    @Test
    void aRequestWithARenamedOrAnExtraFieldOrWithoutItsKeyFails() {
        ActualRequest request = new ActualRequest("POST", "/reservations", Map.of("Content-Type", "application/json"),
                "{\"orderId\":\"" + ORDER + "\",\"lines\":[{\"sku\":\"SKU-1\",\"qty\":2}]}");

        assertThatThrownBy(() -> ContractMatcher.assertRequestMatches(RESERVE, request))
                .hasMessageContaining("header Idempotency-Key: missing, expected k-1")
                .hasMessageContaining("$.lines[0].quantity: missing, expected 2")
                .hasMessageContaining("$.lines[0].qty: not in the contract");
    }

    private static ActualResponse json(int status, String body) {
        return new ActualResponse(status, Map.of("Content-Type", "application/json"), body);
    }
}
