package io.orderflow.fakeprovider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.fakeprovider.ProviderClient.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakePaymentProviderTest {

    @TempDir
    Path dataDir;

    private FakePaymentProvider provider;
    private ProviderClient client;

    @BeforeEach
    void start() {
        restart();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void approvedTokenCreatesASucceededCharge() {
        Answer answer = client.charge(key(), 4200, "tok_approve");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("id").asText()).startsWith("ch_");
        assertThat(answer.body().get("status").asText()).isEqualTo("succeeded");
        assertThat(answer.body().get("amount").asLong()).isEqualTo(4200);
        assertThat(answer.body().get("currency").asText()).isEqualTo("EUR");
        assertThat(answer.body().get("refunded").asBoolean()).isFalse();
        assertThat(answer.body().get("createdAt").isTextual()).isTrue();
    }

    @Test
    void declinedAndUnknownTokensAreRecordedAsFailedCharges() {
        String key = key();
        Answer declined = client.charge(key, 100, "tok_decline");
        Answer unknown = client.charge(key(), 100, "tok_whatever");

        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.body().at("/error/code").asText()).isEqualTo("card_declined");
        assertThat(declined.body().at("/charge/status").asText()).isEqualTo("failed");
        assertThat(unknown.status()).isEqualTo(402);
        Answer lookup = client.get("/v1/charges?idempotency_key=" + key);
        assertThat(lookup.body().at("/data/0/status").asText()).isEqualTo("failed");
    }

    @Test
    void serverErrorRecordsNothing() {
        String key = key();
        Answer answer = client.charge(key, 100, "tok_error");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body().at("/error/type").asText()).isEqualTo("api_error");
        assertThat(client.get("/v1/charges?idempotency_key=" + key).body().get("data")).isEmpty();
    }

    @Test
    void sameKeyReplaysTheFirstAnswerAndChargesOnce() {
        String key = key();
        Answer first = client.charge(key, 500, "tok_approve");
        Answer again = client.charge(key, 500, "tok_approve");

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(chargesWithKey(key)).hasSize(1);
    }

    @Test
    void concurrentRequestsWithOneKeyMakeOneCharge() {
        String key = key();
        List<CompletableFuture<Answer>> calls = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> client.charge(key, 700, "tok_slow")))
                .toList();

        List<String> ids = calls.stream().map(CompletableFuture::join).map(a -> a.body().get("id").asText())
                .distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(chargesWithKey(key)).hasSize(1);
    }

    @Test
    void missingIdempotencyKeyIsABadRequest() {
        Answer answer = client.post("/v1/charges", null, "{\"amount\":1,\"currency\":\"EUR\",\"source\":\"tok_approve\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/error/type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void aChargeIsRefundedAtMostOnce() {
        String chargeId = client.charge(key(), 900, "tok_approve").body().get("id").asText();

        Answer first = client.refund(key(), chargeId);
        Answer second = client.refund(key(), chargeId);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("id").asText()).startsWith("re_");
        assertThat(first.body().get("amount").asLong()).isEqualTo(900);
        assertThat(first.body().get("status").asText()).isEqualTo("succeeded");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(client.get("/v1/refunds").body().get("data")).hasSize(1);
        assertThat(chargeById(chargeId).get("refunded").asBoolean()).isTrue();
    }

    @Test
    void unknownOrFailedChargesCannotBeRefunded() {
        String failed = client.charge(key(), 100, "tok_decline").body().at("/charge/id").asText();

        assertThat(client.refund(key(), "ch_unknown").status()).isEqualTo(404);
        assertThat(client.refund(key(), failed).status()).isEqualTo(400);
    }

    @Test
    void journalKeepsChargesAndRefundsAcrossARestart() {
        String key = key();
        String chargeId = client.charge(key, 1200, "tok_approve").body().get("id").asText();
        client.refund(key(), chargeId);
        String declinedKey = key();
        client.charge(declinedKey, 300, "tok_decline");

        provider.close();
        restart();

        assertThat(chargeById(chargeId).get("refunded").asBoolean()).isTrue();
        Answer replay = client.charge(key, 1200, "tok_approve");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body().get("id").asText()).isEqualTo(chargeId);
        assertThat(client.charge(declinedKey, 300, "tok_decline").status()).isEqualTo(402);
        assertThat(client.get("/v1/charges").body().get("data")).hasSize(2);
    }

    @Test
    void healthSaysUp() {
        Answer answer = client.get("/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("status").asText()).isEqualTo("UP");
    }

    private void restart() {
        provider = FakePaymentProvider.start(new ProviderSettings(freePort(), dataDir, Duration.ofMillis(300)));
        client = new ProviderClient(provider.port());
    }

    private List<JsonNode> chargesWithKey(String key) {
        return allCharges().stream().filter(c -> c.get("idempotencyKey").asText().equals(key)).toList();
    }

    private JsonNode chargeById(String chargeId) {
        return allCharges().stream().filter(c -> c.get("id").asText().equals(chargeId)).findFirst().orElseThrow();
    }

    private List<JsonNode> allCharges() {
        JsonNode data = client.get("/v1/charges").body().get("data");
        return StreamSupport.stream(data.spliterator(), false).toList();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
