package io.orderflow.payment.adapter.in.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.UUID;

/** The provider's answers, stubbed per idempotency key so tests never see each other's charges. */
public class ProviderStub {

    private static final String KEY = "Idempotency-Key";

    private final WireMockServer server;

    ProviderStub(WireMockServer server) {
        this.server = server;
    }

    /** The charge with this key succeeds; returns its id. */
    String approves(String key) {
        return approvesAfter(key, 0);
    }

    /** The charge with this key succeeds after a pause (shorter than the read timeout); returns its id. */
    String approvesAfter(String key, int delayMillis) {
        String chargeId = newChargeId();
        server.stubFor(chargeRequest(key)
                .willReturn(json(201, chargeJson(chargeId, "succeeded", key)).withFixedDelay(delayMillis)));
        return chargeId;
    }

    void declines(String key) {
        declinesSaying(key, "Your card was declined.");
    }

    /** Declines with this message, put into the JSON as it is (so it may hold JSON escapes). */
    void declinesSaying(String key, String message) {
        String body = """
                {"error":{"type":"card_error","code":"card_declined","message":"%s"},
                 "charge":%s}""".formatted(message, chargeJson(newChargeId(), "failed", key));
        server.stubFor(chargeRequest(key).willReturn(json(402, body)));
    }

    void failsWithServerError(String key) {
        server.stubFor(chargeRequest(key).willReturn(json(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"boom\"}}")));
    }

    /** The first charge answers only after the client gave up; the next one approves at once. Returns the id. */
    String timesOutOnceThenApproves(String key, int delayMillis) {
        String chargeId = newChargeId();
        String approved = chargeJson(chargeId, "succeeded", key);
        server.stubFor(chargeRequest(key).inScenario(key).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json(201, approved).withFixedDelay(delayMillis)).willSetStateTo("answering"));
        server.stubFor(chargeRequest(key).inScenario(key).whenScenarioStateIs("answering")
                .willReturn(json(201, approved)));
        return chargeId;
    }

    /** The provider's record for this key shows a charge; the newest lookup stub wins. */
    void lookupFinds(String key, String chargeId, String status) {
        server.stubFor(lookupRequest(key).willReturn(json(200, "{\"data\":[" + chargeJson(chargeId, status, key) + "]}")));
    }

    void lookupFindsNothing(String key) {
        server.stubFor(lookupRequest(key).willReturn(json(200, "{\"data\":[]}")));
    }

    void refundSucceeds(String chargeId) {
        server.stubFor(refundRequest(chargeId).willReturn(json(200, """
                {"id":"re_%s","charge":"%s","amount":4200,"status":"succeeded"}""".formatted(UUID.randomUUID(),
                chargeId))));
    }

    void refundFails(String chargeId) {
        server.stubFor(refundRequest(chargeId).willReturn(json(500, "{\"error\":{\"type\":\"api_error\"}}")));
    }

    void verifyChargeRequests(int count, String key) {
        server.verify(count, postRequestedFor(urlPathEqualTo("/v1/charges")).withHeader(KEY, equalTo(key)));
    }

    void verifyLookups(int count, String key) {
        server.verify(count, getRequestedFor(urlPathEqualTo("/v1/charges"))
                .withQueryParam("idempotency_key", equalTo(key)));
    }

    void verifyRefundRequests(int count, String chargeId, String key) {
        server.verify(count, postRequestedFor(urlPathEqualTo("/v1/refunds")).withHeader(KEY, equalTo(key))
                .withRequestBody(matchingJsonPath("$.charge", equalTo(chargeId))));
    }

    private static MappingBuilder chargeRequest(String key) {
        return post(urlPathEqualTo("/v1/charges")).withHeader(KEY, equalTo(key));
    }

    private static MappingBuilder lookupRequest(String key) {
        return get(urlPathEqualTo("/v1/charges")).withQueryParam("idempotency_key", equalTo(key));
    }

    private static MappingBuilder refundRequest(String chargeId) {
        return post(urlPathEqualTo("/v1/refunds")).withRequestBody(matchingJsonPath("$.charge", equalTo(chargeId)));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String chargeJson(String chargeId, String status, String key) {
        return """
                {"id":"%s","status":"%s","amount":4200,"currency":"EUR","idempotencyKey":"%s","refunded":false,
                 "createdAt":"2026-01-01T00:00:00Z"}""".formatted(chargeId, status, key);
    }

    private static String newChargeId() {
        return "ch_" + UUID.randomUUID();
    }
}
