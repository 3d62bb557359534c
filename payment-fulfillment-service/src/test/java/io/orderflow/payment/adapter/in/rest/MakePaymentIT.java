package io.orderflow.payment.adapter.in.rest;

import static io.orderflow.payment.adapter.in.rest.Callers.asService;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.body;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.fulfillmentsOf;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.outboxTypes;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.pay;
import static io.orderflow.payment.adapter.in.rest.PaymentApi.paymentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
@QuarkusTestResource(ProviderStubResource.class)
class MakePaymentIT {

    ProviderStub provider;

    @Inject
    EntityManager entityManager;

    @Test
    void approvedPaymentIsCapturedTogetherWithItsShipmentRequestAndBothEvents() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        String chargeId = provider.approves(key);

        String id = pay(key, body(orderId, 4200, "tok_approve")).statusCode(201)
                .header("Location", containsString("/payments/"))
                .body("status", equalTo("CAPTURED"))
                .body("orderId", equalTo(orderId.toString()))
                .body("amountMinor", equalTo(4200))
                .body("currency", equalTo("EUR"))
                .body("providerChargeId", equalTo(chargeId))
                .body("fulfillmentId", notNullValue())
                .extract().path("id");

        fulfillmentsOf(orderId).body("", hasSize(1))
                .body("[0].status", equalTo("REQUESTED"))
                .body("[0].paymentId", equalTo(id))
                .body("[0].shippingAddress", equalTo(PaymentApi.ADDRESS));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested");
        asService().get("/payments/" + id).then().statusCode(200).body("status", equalTo("CAPTURED"));
        paymentOf(orderId).body("", hasSize(1)).body("[0].id", equalTo(id));
    }

    @Test
    void sameKeyAndBodyReplaysThePaymentWithoutChargingAgain() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.approves(key);

        String first = pay(key, body(orderId, 1500, "tok_approve")).statusCode(201).extract().path("id");
        String again = pay(key, body(orderId, 1500, "tok_approve")).statusCode(200)
                .body("status", equalTo("CAPTURED")).extract().path("id");

        assertThat(again).isEqualTo(first);
        provider.verifyChargeRequests(1, key);
        assertThat(outboxTypes(entityManager, orderId)).hasSize(2);
    }

    @Test
    void concurrentDuplicatesOfOneRequestMakeOnePaymentAndOneCapture() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.approvesAfter(key, 300);
        provider.lookupFindsNothing(key);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Answer>> calls = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> Answer.of(pay(key, body(orderId, 2000, "tok_approve"))), pool)).toList();
            List<Answer> answers = calls.stream().map(CompletableFuture::join).toList();

            assertThat(answers).extracting(Answer::status).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(answers).extracting(Answer::id).containsOnly(answers.get(0).id());
        } finally {
            pool.shutdownNow();
        }
        fulfillmentsOf(orderId).body("", hasSize(1));
        assertThat(outboxTypes(entityManager, orderId))
                .containsExactlyInAnyOrder("PaymentCaptured", "FulfillmentRequested");
    }

    /** Status and payment id of one answer. */
    record Answer(int status, String id) {
        static Answer of(ValidatableResponse response) {
            var extracted = response.extract();
            return new Answer(extracted.statusCode(), extracted.path("id"));
        }
    }

    @Test
    void sameKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.approves(key);
        pay(key, body(orderId, 1000, "tok_approve")).statusCode(201);

        pay(key, body(orderId, 9999, "tok_approve")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/idempotency-key-reused"));
        provider.verifyChargeRequests(1, key);
    }

    @Test
    void anotherKeyForAnOrderThatIsAlreadyPaidIsAConflict() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.approves(key);
        pay(key, body(orderId, 1000, "tok_approve")).statusCode(201);

        String otherKey = UUID.randomUUID().toString();
        pay(otherKey, body(orderId, 1000, "tok_approve")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/conflict"));
        provider.verifyChargeRequests(0, otherKey);
    }

    @Test
    void declinedPaymentIsA422WithTheReasonEveryTimeAndShipsNothing() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.declines(key);

        for (int attempt = 0; attempt < 2; attempt++) {
            pay(key, body(orderId, 700, "tok_decline")).statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://orderflow.io/problems/payment-declined"))
                    .body("detail", containsString("Your card was declined."));
        }

        paymentOf(orderId).body("[0].status", equalTo("DECLINED"))
                .body("[0].declineReason", containsString("card_declined"));
        fulfillmentsOf(orderId).body("", empty());
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("PaymentDeclined");
        provider.verifyChargeRequests(1, key);
    }

    @Test
    void missingIdempotencyKeyIsABadRequestAndChargesNothing() {
        UUID orderId = UUID.randomUUID();
        asService().contentType("application/json").body(body(orderId, 100, "tok_approve"))
                .post("/payments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/missing-idempotency-key"));
        paymentOf(orderId).body("", empty());
    }

    @Test
    void invalidRequestsAreBadRequestsNamingTheField() {
        pay(UUID.randomUUID().toString(), body(UUID.randomUUID(), -1, "tok_approve")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("amountMinor"));
        asService().queryParam("orderId", "not-a-uuid").get("/payments").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void textADatabaseCannotStoreIsABadRequestNamingTheField() {
        UUID orderId = UUID.randomUUID();
        pay(UUID.randomUUID().toString(), body(orderId, 100, "tok_approve", "1 Main St\\u0000")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("shippingAddress"));
        pay(UUID.randomUUID().toString(), body(orderId, 100, "tok_\\ud800", PaymentApi.ADDRESS)).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("paymentToken"));
        paymentOf(orderId).body("", empty());
    }

    @Test
    void aDeclineReasonIsStoredWithoutUnstorableCharactersAndCutTo500() {
        String key = UUID.randomUUID().toString();
        UUID orderId = UUID.randomUUID();
        provider.declinesSaying(key, "No\\u0000 way" + "!".repeat(600));

        pay(key, body(orderId, 700, "tok_decline")).statusCode(422);

        String reason = paymentOf(orderId).body("[0].status", equalTo("DECLINED")).extract().path("[0].declineReason");
        assertThat(reason).startsWith("No way!!!").hasSize(500).doesNotContain("\0");
        assertThat(outboxTypes(entityManager, orderId)).containsExactly("PaymentDeclined");
    }

    @Test
    void unknownPaymentIsNotFound() {
        asService().get("/payments/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        asService().post("/payments/" + UUID.randomUUID() + "/refund").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
