package io.orderflow.payment.adapter.in.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts WireMock as the payment provider and hands tests a {@link ProviderStub} over it. */
public class ProviderStubResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.payment-provider.url", server.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(new ProviderStub(server), new TestInjector.MatchesType(ProviderStub.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
