package io.orderflow.payment.adapter.out.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.orderflow.testinfra.contract.ActualRequest;
import io.orderflow.testinfra.contract.ContractMatcher;
import io.orderflow.testinfra.contract.ContractResponse;
import io.orderflow.testinfra.contract.Interaction;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A running WireMock (the tests' {@code ProviderStubResource}) playing a contract's provider for one interaction: it
 * answers with the interaction's example response and records the request the consumer made. Close it to remove
 * the stub again.
 */
final class ContractStub implements AutoCloseable {

    private final WireMock wireMock;
    private StubMapping stub;

    /** {@code baseUrl}: where the WireMock the consumer is configured to call listens. */
    ContractStub(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.wireMock = new WireMock(uri.getHost(), uri.getPort());
    }

    /**
     * Answers every request with the interaction's method and path, ahead of any other stub, with its example
     * response. Returns the body served (placeholders filled with sample values), or null.
     */
    JsonNode serve(Interaction.Bound interaction) {
        ContractResponse response = interaction.response();
        JsonNode body = response.exampleBody();
        ResponseDefinitionBuilder answer = aResponse().withStatus(response.status());
        response.headers().forEach(answer::withHeader);
        if (body != null) {
            answer.withBody(body.toString());
        }
        close();
        stub = wireMock.register(request(interaction.request().method(), urlPathEqualTo(interaction.request().path()))
                .atPriority(1).willReturn(answer));
        return body;
    }

    /** Fails unless the consumer made exactly one such request, and it is the one the interaction describes. */
    void assertTheRequestWasTheContractsOne(Interaction.Bound interaction) {
        List<LoggedRequest> requests = wireMock.getServeEvents().stream()
                .filter(event -> event.getStubMapping() != null && stub.getId().equals(event.getStubMapping().getId()))
                .map(ServeEvent::getRequest)
                .toList();
        assertThat(requests).as("requests answered for interaction '%s'", interaction.name()).hasSize(1);
        LoggedRequest request = requests.get(0);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.firstValue());
        }
        ContractMatcher.assertRequestMatches(interaction, new ActualRequest(request.getMethod().value(),
                request.getUrl(), headers, request.getBodyAsString()));
    }

    /** Removes the stub, so that other tests' requests reach their own stubs again. */
    @Override
    public void close() {
        if (stub != null) {
            wireMock.removeStubMapping(stub);
            stub = null;
        }
    }
}
