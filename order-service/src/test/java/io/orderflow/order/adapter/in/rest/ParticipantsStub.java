package io.orderflow.order.adapter.in.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.orderflow.testinfra.identity.TestIssuer;
import io.orderflow.testinfra.identity.TestTokenEndpoint;
import java.util.HashMap;
import java.util.Map;

/**
 * WireMock standing in for inventory-service and payment-fulfillment-service in order-service's tests, and the
 * test issuer's token endpoint order-service gets its service token from.
 */
public class ParticipantsStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;
    static TestTokenEndpoint tokens;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        tokens = new TestTokenEndpoint(TestIssuer.get(), "order-service", "test-client-secret");
        Map<String, String> config = new HashMap<>(tokens.clientConfig());
        config.putAll(Map.of(
                "quarkus.rest-client.inventory.url", url,
                "quarkus.rest-client.payment.url", url,
                "quarkus.rest-client.inventory.read-timeout", "1000",
                "quarkus.rest-client.payment.read-timeout", "1000"));
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (tokens != null) {
            tokens.close();
        }
    }
}
