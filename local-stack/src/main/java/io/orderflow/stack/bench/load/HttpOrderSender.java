package io.orderflow.stack.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code POST /orders} through the gateway, asynchronously: the next customer's token, a new idempotency key, one
 * to three units of a random SKU, an approving payment token. 201 (FULFILLMENT_CREATED) is the only success.
 */
final class HttpOrderSender implements OrderSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI orders;
    private final Customers customers;
    private final List<String> skus;

    HttpOrderSender(HttpClient http, String gateway, Customers customers, List<String> skus) {
        this.http = http;
        this.orders = URI.create(gateway + "/orders");
        this.customers = customers;
        this.skus = List.copyOf(skus);
    }

    @Override
    public CompletableFuture<Answer> send() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = """
                {"items":[{"sku":"%s","quantity":%d}],"shippingAddress":"1 Load Test Road","paymentToken":"tok_approve",\
                "currency":"EUR"}""".formatted(skus.get(random.nextInt(skus.size())), 1 + random.nextInt(3));
        HttpRequest request = HttpRequest.newBuilder(orders).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + customers.nextToken())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.sendAsync(request, HttpOrderSender::bodyUnlessCreated)
                    .handle((response, error) -> error == null ? Answer.status(response.statusCode(), response.body())
                            : Answer.failure(error));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Answer.failure(e));
        }
    }

    /** A 201's body is not read (most answers are one); any other answer's is kept for the report. */
    private static HttpResponse.BodySubscriber<String> bodyUnlessCreated(HttpResponse.ResponseInfo info) {
        return info.statusCode() == 201 ? HttpResponse.BodySubscribers.replacing(null)
                : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);
    }
}
