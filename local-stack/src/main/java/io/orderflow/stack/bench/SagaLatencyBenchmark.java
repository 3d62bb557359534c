package io.orderflow.stack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Time one order takes through the whole saga (gateway -> S1 -> reserve at S2 -> charge at S3 via
 * the provider -> confirm), measured as the latency of {@code POST /orders} on the running stack.
 * Orders are placed one after another; every one must answer 201 FULFILLMENT_CREATED.
 *
 * Orders are placed by a customer registered for the run; the SKU is created by the stack's admin.
 *
 * <p>{@code bin/bench-saga [orders=100] [gateway=http://localhost:18080] [credentials=.stack-data/credentials.properties]}
 */
public final class SagaLatencyBenchmark {

    private SagaLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String gateway = args.length > 1 ? args[1] : "http://localhost:18080";
        Path credentials = Path.of(args.length > 2 ? args[2] : ".stack-data/credentials.properties");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        GatewayLogin login = new GatewayLogin(http, gateway);
        String admin = login.admin(credentials);
        String customer = login.newCustomer();
        String sku = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        send(http, gateway + "/skus", admin, null, """
                {"sku":"%s","name":"benchmark item","unitPriceMinor":999,"currency":"EUR","onHand":%d}"""
                .formatted(sku, count + 10), 201);

        String order = """
                {"items":[{"sku":"%s","quantity":1}],"shippingAddress":"1 Bench Road","paymentToken":"tok_approve",
                 "currency":"EUR"}""".formatted(sku);
        for (int i = 0; i < 5; i++) {
            send(http, gateway + "/orders", customer, UUID.randomUUID().toString(), order, 201); // warm-up, not measured
        }
        List<Long> micros = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t0 = System.nanoTime();
            send(http, gateway + "/orders", customer, UUID.randomUUID().toString(), order, 201);
            micros.add((System.nanoTime() - t0) / 1000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(micros);
        System.out.printf("saga (POST /orders -> 201 FULFILLMENT_CREATED), %d orders in %.1f s, one at a time%n",
                count, seconds);
        System.out.printf("  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n", pct(micros, 50), pct(micros, 90),
                pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }

    private static void send(HttpClient http, String url, String token, String key, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
