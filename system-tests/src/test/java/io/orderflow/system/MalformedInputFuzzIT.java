package io.orderflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.stack.Stack;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of malformed and edge-case requests to every public endpoint, through the gateway: bodies that are
 * not JSON or not the right JSON, text PostgreSQL cannot store, unknown ids and paths, bad query values, forged
 * and garbage tokens, unexpected methods. Every answer is a 4xx problem+json, never a 5xx, and afterwards the
 * four databases hold exactly what they held before.
 */
class MalformedInputFuzzIT {

    private static final int TRIES = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger SENT = new AtomicInteger();

    private static Stack stack;
    // Taken before the snapshot and held for the whole fuzz (each is valid for at least another minute): a login
    // during the fuzz to renew one would write a refresh token, which the snapshot would count as stored.
    private static String customerToken;
    private static String adminToken;
    private static DatabaseSnapshot before;

    @BeforeContainer
    static void snapshotTheQuietStack() {
        stack = RunningStack.get();
        Identities identities = Identities.of(stack);
        customerToken = customerToken;
        adminToken = adminToken;
        before = DatabaseSnapshot.whenQuiet(stack);
    }

    @AfterContainer
    static void nothingWasStored() {
        System.out.printf("[fuzz] %d malformed requests sent through the gateway%n", SENT.get());
        assertThat(DatabaseSnapshot.whenQuiet(stack).differencesFrom(before)).as("tables changed by the fuzz")
                .isEmpty();
    }

    @Property(tries = TRIES)
    void registerWithABodyThatIsNotAcceptable(@ForAll("unacceptableCredentials") String body) {
        assertProblem(send("POST", "/auth/register", null, "application/json", body));
    }

    @Property(tries = TRIES)
    void logInRefreshAndLogOutWithJunk(@ForAll("authPaths") String path, @ForAll("junkBodies") String body) {
        assertProblem(send("POST", path, null, "application/json", body));
    }

    @Property(tries = TRIES)
    void tokenEndpointWithJunkForms(@ForAll("junkForms") String form) {
        assertProblem(send("POST", "/auth/token", null, "application/x-www-form-urlencoded", form));
    }

    @Property(tries = TRIES)
    void placeAnOrderWithABodyThatIsNotAnOrder(@ForAll("unacceptableOrders") String body) {
        assertProblem(send("POST", "/orders", customerToken, "application/json", body));
    }

    @Property(tries = TRIES)
    void adminWritesWithJunkBodies(@ForAll("adminWritePaths") String path, @ForAll("junkBodies") String body) {
        assertProblem(send("POST", path, adminToken, "application/json", body));
    }

    @Property(tries = TRIES)
    void unknownIdsPathsAndQueryValues(@ForAll("unknownTargets") String pathAndQuery,
                                       @ForAll("methods") String method) {
        assertProblem(send(method, pathAndQuery, customerToken, null, null));
    }

    @Property(tries = TRIES)
    void garbageAndForgedTokens(@ForAll("badAuthorizations") String authorization,
                                @ForAll("protectedPaths") String path) {
        assertProblem(sendRaw("GET", path, authorization, null, null));
    }

    private static HttpResponse<String> send(String method, String pathAndQuery, String token, String contentType,
                                             String body) {
        return sendRaw(method, pathAndQuery, token == null ? null : "Bearer " + token, contentType, body);
    }

    private static HttpResponse<String> sendRaw(String method, String pathAndQuery, String authorization,
                                                String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.url("gateway") + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            SENT.incrementAndGet();
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + pathAndQuery + " got no answer: " + e, e);
        }
    }

    private static void assertProblem(HttpResponse<String> response) {
        String request = response.request().method() + " " + response.request().uri();
        assertThat(response.statusCode()).as("%s answered %s", request, response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("%s answered %s", request, response.body()).startsWith("application/problem+json");
        JsonNode problem = readJson(response.body());
        assertThat(problem.path("status").asInt()).as("%s", request).isEqualTo(response.statusCode());
        assertThat(problem.path("type").asText()).as("%s", request).startsWith("https://orderflow.io/problems/");
    }

    private static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    // ---- generators ----

    /** Text with what breaks naive code: NUL, control characters, lone surrogates, quotes, very long runs. */
    static Arbitrary<String> nastyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars('\u0000', '\u0007', '\n', '"', '\\', '\uD800', '\uDFFF', 'a', '€')
                        .ofMaxLength(20),
                Arbitraries.strings().alpha().ofMinLength(5_000).ofMaxLength(20_000),
                Arbitraries.of("", " ", "null", "../../etc/passwd", "' OR 1=1 --", "<script>", "%00", "\u0000"));
    }

    static Arbitrary<String> jsonString() {
        return nastyText().map(MalformedInputFuzzIT::quote);
    }

    static Arbitrary<String> jsonValue() {
        return Arbitraries.oneOf(jsonString(),
                Arbitraries.of("null", "true", "false", "[]", "{}", "-1", "0", "1e309", "-0.0", "9223372036854775808",
                        "1.5", "[1,2,3]", "{\"a\":{}}"));
    }

    /** A JSON object with random keys (none of them a field an endpoint reads) or a broken document. */
    @Provide
    Arbitrary<String> junkBodies() {
        Arbitrary<String> object = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(7), jsonValue())
                .as((key, value) -> "{" + quote(key) + ":" + value + "}");
        return Arbitraries.oneOf(object, nastyText(), jsonValue(),
                Arbitraries.of("{", "{\"username\":", "[{]", "{\"a\":1,}", "\uFEFF{}", "{\"a\":\"\\ud800\"}"));
    }

    /** Register bodies where the username or the password breaks a rule, or the body is not one. */
    @Provide
    Arbitrary<String> unacceptableCredentials() {
        Arbitrary<String> badUsername = Arbitraries.oneOf(
                Arbitraries.strings().withChars(' ', '/', '\u0000', '"', '#', 'ü').ofMinLength(1).ofMaxLength(10)
                        .map(s -> "a" + s + "b"),
                Arbitraries.strings().alpha().ofMaxLength(2),
                Arbitraries.strings().alpha().ofMinLength(65).ofMaxLength(300));
        Arbitrary<String> badPassword = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(11),
                Arbitraries.strings().withChars('€').ofMinLength(25).ofMaxLength(40));
        Arbitrary<String> goodUsername = Arbitraries.strings().alpha().numeric().ofMinLength(3).ofMaxLength(20)
                .map(s -> "fuzz" + s);
        Arbitrary<String> goodPassword = Arbitraries.strings().alpha().ofMinLength(12).ofMaxLength(40);
        return Arbitraries.oneOf(
                Combinators.combine(badUsername, goodPassword).as(MalformedInputFuzzIT::credentials),
                Combinators.combine(goodUsername, badPassword).as(MalformedInputFuzzIT::credentials),
                // Jackson reads a number or a boolean as text, so only values that are no text at all.
                Combinators.combine(goodUsername, Arbitraries.of("null", "[]", "{}", "[\"long enough password\"]"))
                        .as((u, p) -> "{\"username\":" + quote(u) + ",\"password\":" + p + "}"),
                junkBodies());
    }

    @Provide
    Arbitrary<String> authPaths() {
        return Arbitraries.of("/auth/login", "/auth/refresh", "/auth/logout");
    }

    @Provide
    Arbitrary<String> junkForms() {
        Arbitrary<String> field = Combinators.combine(
                Arbitraries.of("grant_type", "client_id", "client_secret", "scope", "x"), nastyText())
                .as((k, v) -> k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return Arbitraries.oneOf(field.list().ofMaxSize(4).map(fields -> String.join("&", fields)),
                nastyText(), Arbitraries.of("grant_type=client_credentials&client_id=order-service&client_secret=x",
                        "grant_type=password&username=admin&password=x", "%%%", "=&=&"));
    }

    /** Order bodies with one rule broken each: no lines, a bad quantity, currency, SKU, address or token. */
    @Provide
    Arbitrary<String> unacceptableOrders() {
        Arbitrary<String> badQuantity = Arbitraries.of("0", "-1", "1000001", "1.5", "\"2\"", "null",
                "9223372036854775808");
        Arbitrary<String> brokenLine = Arbitraries.oneOf(
                badQuantity.map(q -> order("[{\"sku\":\"MUG-1\",\"quantity\":" + q + "}]", "\"EUR\"", "\"1 Main St\"")),
                jsonString().map(sku -> order("[{\"sku\":" + sku + ",\"quantity\":1}]", "\"EUR\"", "\"x\"")),
                Arbitraries.of("[]", "null", "{}", "[null]", "[{}]").map(lines -> order(lines, "\"EUR\"", "\"x\"")),
                Arbitraries.of("\"\"", "\"EURO\"", "\"eu\"", "1", "null", "\"E\\u0000R\"")
                        .map(currency -> order("[{\"sku\":\"MUG-1\",\"quantity\":1}]", currency, "\"x\"")),
                Arbitraries.of("\"\"", "null", "\"a\\u0000b\"", "\"\\ud800\"", "7")
                        .map(address -> order("[{\"sku\":\"MUG-1\",\"quantity\":1}]", "\"EUR\"", address)));
        return Arbitraries.oneOf(brokenLine, junkBodies());
    }

    @Provide
    Arbitrary<String> adminWritePaths() {
        return Arbitraries.of("/skus", "/skus/MUG-1/stock-adjustments", "/auth/keys/rotate-nothing",
                "/fulfillments/" + UUID.randomUUID() + "/dispatch", "/orders/" + UUID.randomUUID() + "/cancel");
    }

    /** Paths and query values that name nothing: unknown ids, malformed ids, unknown routes, bad paging. */
    @Provide
    Arbitrary<String> unknownTargets() {
        Arbitrary<String> segment = nastyText().filter(s -> !s.isEmpty() && s.length() < 200)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        Arbitrary<String> prefix = Arbitraries.of("/orders/", "/skus/", "/fulfillments/", "/ops/orders/",
                "/orders/" + UUID.randomUUID() + "/", "/auth/", "/nowhere/");
        Arbitrary<String> badPaging = Combinators.combine(Arbitraries.of("page", "size"),
                Arbitraries.of("-1", "abc", "1e3", "%00", "99999999999999999999", "0x10"))
                .as((name, value) -> "/orders?" + name + "=" + value);
        return Arbitraries.oneOf(Combinators.combine(prefix, segment).as(String::concat), badPaging,
                Arbitraries.create(() -> "/orders/" + UUID.randomUUID()),
                Arbitraries.create(() -> "/skus/NO-SUCH-" + UUID.randomUUID()));
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "GET", "POST", "PUT", "DELETE", "PATCH");
    }

    @Provide
    Arbitrary<String> protectedPaths() {
        return Arbitraries.of("/orders", "/orders/" + UUID.randomUUID(), "/skus", "/ops/orders/attention",
                "/fulfillments?orderId=" + UUID.randomUUID());
    }

    /** What an attacker or a broken client sends as Authorization. */
    @Provide
    Arbitrary<String> badAuthorizations() {
        Arbitrary<String> b64 = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withChars('-', '_').ofMinLength(1).ofMaxLength(60);
        return Arbitraries.oneOf(
                Combinators.combine(b64, b64, b64).as((h, p, s) -> "Bearer " + h + "." + p + "." + s),
                b64.map(t -> "Bearer " + t),
                Arbitraries.strings().ascii().ofMaxLength(80).filter(s -> s.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                        .map(s -> "Bearer " + s),
                Arbitraries.of("Bearer", "Bearer ", "Basic YWRtaW46YWRtaW4=", "bearer x.y.z", "Token abc",
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsImdyb3VwcyI6WyJhZG1pbiJdfQ."));
    }

    private static String credentials(String username, String password) {
        return "{\"username\":" + quote(username) + ",\"password\":" + quote(password) + "}";
    }

    private static String order(String items, String currency, String address) {
        return "{\"items\":" + items + ",\"shippingAddress\":" + address + ",\"paymentToken\":\"tok_approve\","
                + "\"currency\":" + currency + "}";
    }

    /** A JSON string literal; lone surrogates are escaped so they reach the server as such. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20 || Character.isSurrogate((char) c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }
}
