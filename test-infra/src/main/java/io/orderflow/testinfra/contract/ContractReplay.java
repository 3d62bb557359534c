package io.orderflow.testinfra.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** Sends a bound interaction's request to a running provider, as a provider verification test does. */
public final class ContractReplay {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    private final String baseUrl;

    /** {@code baseUrl} is the provider's root, such as {@code http://localhost:8081}; a trailing slash is fine. */
    public ContractReplay(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends the request exactly as the contract describes it and returns the provider's answer. */
    public ActualResponse send(Interaction.Bound interaction) {
        ContractRequest request = interaction.request();
        String body = request.bodyText();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(TIMEOUT)
                .method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
            return new ActualResponse(response.statusCode(), headers, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.method() + " " + request.pathAndQuery(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying '" + interaction.name() + "'", e);
        }
    }
}
