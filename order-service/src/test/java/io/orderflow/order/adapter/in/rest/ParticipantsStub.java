package io.orderflow.order.adapter.in.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** WireMock standing in for inventory-service and payment-fulfillment-service in order-service's tests. */
public class ParticipantsStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of(
                "quarkus.rest-client.inventory.url", url,
                "quarkus.rest-client.payment.url", url,
                "quarkus.rest-client.inventory.read-timeout", "1000",
                "quarkus.rest-client.payment.read-timeout", "1000");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
