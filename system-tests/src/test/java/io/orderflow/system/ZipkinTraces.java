package io.orderflow.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** The stack's Zipkin, asked through its API what it received (spans reach it a second or two late). */
final class ZipkinTraces {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUri;

    ZipkinTraces(String baseUri) {
        this.baseUri = baseUri;
    }

    /** The trace once {@code complete} holds for it. */
    Trace await(String traceId, Predicate<Trace> complete, Duration timeout) {
        Trace[] last = {new Trace(traceId, List.of())};
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            last[0] = fetch(traceId);
            return complete.test(last[0]);
        });
        return last[0];
    }

    private Trace fetch(String traceId) throws Exception {
        Response response = given().baseUri(baseUri).get("/api/v2/trace/" + traceId);
        if (response.statusCode() == 404) {
            return new Trace(traceId, List.of());
        }
        List<Span> spans = new ArrayList<>();
        for (JsonNode span : JSON.readTree(response.then().statusCode(200).extract().asString())) {
            spans.add(new Span(span.path("traceId").asText(), span.path("id").asText(),
                    span.path("parentId").asText(null), span.path("kind").asText(""), span.path("name").asText(""),
                    span.at("/localEndpoint/serviceName").asText("")));
        }
        return new Trace(traceId, spans);
    }

    /** One span as Zipkin shows it; {@code kind} is SERVER, CLIENT, PRODUCER, CONSUMER or empty. */
    record Span(String traceId, String id, String parentId, String kind, String name, String service) {
    }

    record Trace(String id, List<Span> spans) {

        Set<String> services() {
            Set<String> services = new TreeSet<>();
            spans.forEach(s -> services.add(s.service()));
            return services;
        }

        /** The spans {@code service} recorded of one kind (SERVER for requests it answered, CONSUMER for events). */
        List<Span> spansOf(String service, String kind) {
            return spans.stream().filter(s -> s.service().equals(service) && s.kind().equals(kind)).toList();
        }

        boolean hasServerSpansOf(Set<String> services) {
            return services.stream().allMatch(s -> !spansOf(s, "SERVER").isEmpty());
        }
    }
}
