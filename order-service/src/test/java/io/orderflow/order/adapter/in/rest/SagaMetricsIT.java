package io.orderflow.order.adapter.in.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.identity.TestIssuer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Real orders through the saga (WireMock answering for S2 and S3), read back from {@code /q/metrics}. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "orders"))
@QuarkusTestResource(ParticipantsStub.class)
class SagaMetricsIT {

    @Inject
    EntityManager entityManager;

    @Test
    void aFulfilledOrderCountsItsOutcomeAndTimesEachStep() {
        String sku = catalogue(1250);
        reservationSucceeds(sku);
        paymentSucceeds("tok_approve_" + sku);
        confirmSucceeds();
        Scrape before = Scrape.now();

        placeOrder(sku, "tok_approve_" + sku).then().statusCode(201);

        Scrape after = Scrape.now();
        assertThat(after.increase(before, "orderflow_saga_outcomes_total",
                Map.of("status", "FULFILLMENT_CREATED", "reason", "none"))).isEqualTo(1);
        for (String step : new String[] {"reserve", "pay", "confirm"}) {
            Map<String, String> labels = Map.of("step", step, "outcome", "done");
            assertThat(after.increase(before, "orderflow_saga_step_seconds_count", labels)).as(step).isEqualTo(1);
            assertThat(after.increase(before, "orderflow_saga_step_seconds_bucket", with(labels, "le", "+Inf")))
                    .as(step).isEqualTo(1);
            assertThat(after.increase(before, "orderflow_saga_step_seconds_sum", labels)).as(step).isPositive();
        }
        assertThat(after.value("orderflow_saga_step_seconds_count", Map.of("step", "cancel_stock", "outcome",
                "in_doubt"))).as("registered before its first use").isNotNull();
    }

    @Test
    void aRefusedReservationCountsAFailureUnderItsCode() {
        String sku = catalogue(100);
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku)))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://orderflow.io/problems/out-of-stock\",\"status\":422,"
                                + "\"detail\":\"not enough stock for " + sku + "\"}")));
        Scrape before = Scrape.now();

        placeOrder(sku, "tok_approve").then().statusCode(422);

        Scrape after = Scrape.now();
        assertThat(after.increase(before, "orderflow_saga_outcomes_total",
                Map.of("status", "FAILED", "reason", "OUT_OF_STOCK"))).isEqualTo(1);
        assertThat(after.increase(before, "orderflow_saga_step_seconds_count",
                Map.of("step", "reserve", "outcome", "refused"))).isEqualTo(1);
    }

    @Test
    void anInDoubtOrderShowsInTheGaugesUntilRecoverySettlesIt() {
        String sku = catalogue(500);
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku)))
                .willReturn(aResponse().withStatus(503)));
        Scrape before = Scrape.now();

        String id = placeOrder(sku, "tok_approve_" + sku).then().statusCode(202).extract().path("id");

        assertThat(Scrape.now().increase(before, "orderflow_saga_step_seconds_count",
                Map.of("step", "reserve", "outcome", "in_doubt"))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(Scrape.now().value("orderflow_orders_in_doubt", Map.of())).isEqualTo(count(false)).isPositive();
            assertThat(Scrape.now().value("orderflow_orders_needs_attention", Map.of())).isEqualTo(count(true));
        });

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE orders SET needs_attention = true WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(Scrape.now().value("orderflow_orders_needs_attention", Map.of())).isEqualTo(count(true))
                    .isPositive();
            assertThat(Scrape.now().value("orderflow_orders_in_doubt", Map.of())).isEqualTo(count(false));
        });

        reservationSucceeds(sku);
        paymentSucceeds("tok_approve_" + sku);
        confirmSucceeds();
        Scrape beforeRecovery = Scrape.now();
        asOps().post("/ops/orders/" + id + "/retry").then().statusCode(202);
        asOps().post("/ops/orders/recover").then().statusCode(200);

        Scrape after = Scrape.now();
        assertThat(after.increase(beforeRecovery, "orderflow_recovery_attempts_total", Map.of("outcome", "settled")))
                .isGreaterThanOrEqualTo(1);
        assertThat(after.increase(beforeRecovery, "orderflow_saga_outcomes_total",
                Map.of("status", "FULFILLMENT_CREATED", "reason", "none"))).isGreaterThanOrEqualTo(1);
    }

    /** What the gauges count, asked of the database directly. */
    private double count(boolean needsAttention) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("SELECT count(*) FROM orders WHERE status IN ('NEW', "
                        + "'RESERVED', 'PAID', 'CANCELLING') AND needs_attention = ?1 AND (?1 OR attempts > 0)")
                .setParameter(1, needsAttention).getSingleResult()).doubleValue());
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> all = new HashMap<>(labels);
        all.put(name, value);
        return all;
    }

    private static io.restassured.response.Response placeOrder(String sku, String token) {
        return as("alice", "customer").contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(PlaceOrderIT.body(sku, 1, token)).post("/orders");
    }

    private static RequestSpecification asOps() {
        return as("night-shift", "ops");
    }

    private static RequestSpecification as(String subject, String role) {
        return RestAssured.given().auth().oauth2(TestIssuer.get().token(subject, role));
    }

    private static String catalogue(long price) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ParticipantsStub.server.stubFor(get(urlPathEqualTo("/skus")).withQueryParam("sku", equalTo(sku))
                .willReturn(okJson("[{\"sku\":\"" + sku + "\",\"currency\":\"EUR\",\"unitPriceMinor\":" + price + "}]")));
        return sku;
    }

    private static void reservationSucceeds(String sku) {
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/reservations"))
                .withRequestBody(matchingJsonPath("$.lines[0].sku", equalTo(sku)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"HELD\",\"lines\":[{\"sku\":\""
                                + sku + "\",\"quantity\":1,\"unitPriceMinor\":100}]}")));
    }

    private static void paymentSucceeds(String token) {
        ParticipantsStub.server.stubFor(post(urlPathEqualTo("/payments"))
                .withRequestBody(matchingJsonPath("$.paymentToken", equalTo(token)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"CAPTURED\",\"fulfillmentId\":\""
                                + UUID.randomUUID() + "\"}")));
    }

    private static void confirmSucceeds() {
        ParticipantsStub.server.stubFor(post(urlPathMatching("/reservations/.*/(confirm|release)"))
                .willReturn(okJson("{}")));
    }

    /** One read of {@code /q/metrics}: every sample by name and labels. */
    private record Scrape(Map<String, Map<Map<String, String>, Double>> samples) {

        static Scrape now() {
            String text = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
            Map<String, Map<Map<String, String>, Double>> samples = new HashMap<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // name{label="value",...} value [# {exemplar} value timestamp]; values may hold spaces and commas
                int i = 0;
                while (line.charAt(i) != '{' && line.charAt(i) != ' ') {
                    i++;
                }
                String name = line.substring(0, i);
                Map<String, String> labels = new HashMap<>();
                if (line.charAt(i) == '{') {
                    i++;
                    while (line.charAt(i) != '}') {
                        int eq = line.indexOf('=', i);
                        StringBuilder labelValue = new StringBuilder();
                        int j = eq + 2;
                        for (; line.charAt(j) != '"'; j++) {
                            j += line.charAt(j) == '\\' ? 1 : 0;
                            labelValue.append(line.charAt(j));
                        }
                        labels.put(line.substring(i, eq).trim(), labelValue.toString());
                        i = line.charAt(j + 1) == ',' ? j + 2 : j + 1;
                    }
                    i++;
                }
                String value = line.substring(i).trim().split(" ")[0];
                samples.computeIfAbsent(name, n -> new HashMap<>()).put(labels, Double.parseDouble(value));
            }
            return new Scrape(samples);
        }

        /** The one sample whose labels include all of {@code labels}; null when there is none. */
        Double value(String name, Map<String, String> labels) {
            return samples.getOrDefault(name, Map.of()).entrySet().stream()
                    .filter(e -> e.getKey().entrySet().containsAll(labels.entrySet()))
                    .map(Map.Entry::getValue).reduce(Double::sum).orElse(null);
        }

        double increase(Scrape before, String name, Map<String, String> labels) {
            Double now = value(name, labels);
            assertThat(now).as(name + labels + " in /q/metrics").isNotNull();
            Double then = before.value(name, labels);
            return now - (then == null ? 0 : then);
        }
    }
}
