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
    private final Map<String, String> callerHeaders;

    /** {@code baseUrl} is the provider's root, such as {@code http://localhost:8081}; a trailing slash is fine. */
    public ContractReplay(String baseUrl) {
        this(baseUrl, Map.of());
    }

    /**
     * As {@link #ContractReplay(String)}, adding {@code callerHeaders} to every request: what the consumer sends
     * without the contract naming it, such as its {@code Authorization}. A header the contract names wins.
     */
    public ContractReplay(String baseUrl, Map<String, String> callerHeaders) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.callerHeaders = Map.copyOf(callerHeaders);
    }

    /** Replays as a caller presenting this bearer token, as a provider whose operations need one requires. */
    public static ContractReplay withBearerToken(String baseUrl, String token) {
        return new ContractReplay(baseUrl, Map.of("Authorization", "Bearer " + token));
    }

    /** Sends the request exactly as the contract describes it and returns the provider's answer. */
    public ActualResponse send(Interaction.Bound interaction) {
        ContractRequest request = interaction.request();
        String body = request.bodyText();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(TIMEOUT)
                .method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(callerHeaders);
        headers.putAll(request.headers());
        headers.forEach(builder::header);
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> answered = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> answered.put(name, values.get(0)));
            return new ActualResponse(response.statusCode(), answered, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.method() + " " + request.pathAndQuery(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying '" + interaction.name() + "'", e);
        }
    }
}
