package io.orderflow.system;

import static io.restassured.RestAssured.given;

import io.orderflow.stack.Stack;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The callers of a test, logged in at the gateway exactly as a client would: the stack's admin and ops users, one
 * registered customer, and order-service's client credentials. Tokens are renewed before they expire, so a
 * long trial run never sends an expired one.
 */
final class Identities {

    static final String CUSTOMER_PASSWORD = "correct horse battery staple";
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final Stack stack;
    private final String customer = "customer-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant expiresAt) {
    }

    private static final Map<Stack, Identities> SHARED = new ConcurrentHashMap<>();

    private Identities(Stack stack) {
        this.stack = stack;
    }

    /** One set of callers per stack: logins stay few, well under the gateway's login throttle. */
    static Identities of(Stack stack) {
        return SHARED.computeIfAbsent(stack, Identities::new);
    }

    String admin() {
        return login("admin", stack.secrets().adminPassword());
    }

    String ops() {
        return login("ops", stack.secrets().opsPassword());
    }

    /** The one customer this test run places its orders as, registered on first use. */
    String customer() {
        tokens.computeIfAbsent("registered:" + customer, k -> {
            register(customer);
            return new Token("", Instant.MAX);
        });
        return login(customer, CUSTOMER_PASSWORD);
    }

    /** A customer of its own, registered now; returns its token. */
    String newCustomer() {
        String username = "customer-" + UUID.randomUUID().toString().substring(0, 8);
        register(username);
        return login(username, CUSTOMER_PASSWORD);
    }

    /** A customer of its own with a mail address, registered now; returns its token. */
    String newCustomerWithEmail(String email) {
        String username = "customer-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(stack.url("gateway")).contentType("application/json")
                .body(Map.of("username", username, "password", CUSTOMER_PASSWORD, "email", email))
                .post("/auth/register").then().statusCode(201);
        return login(username, CUSTOMER_PASSWORD);
    }

    /** order-service's own service token (client credentials), for calling S2 and S3 directly. */
    String service() {
        return fresh("client:order-service", () -> given().baseUri(stack.url("gateway"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", "order-service")
                .formParam("client_secret", stack.secrets().orderServiceClientSecret())
                .post("/auth/token").then().statusCode(200).extract().jsonPath());
    }

    private void register(String username) {
        given().baseUri(stack.url("gateway")).contentType("application/json")
                .body(Map.of("username", username, "password", CUSTOMER_PASSWORD))
                .post("/auth/register").then().statusCode(201);
    }

    private String login(String username, String password) {
        return fresh("user:" + username, () -> given().baseUri(stack.url("gateway")).contentType("application/json")
                .body(Map.of("username", username, "password", password))
                .post("/auth/login").then().statusCode(200).extract().jsonPath());
    }

    private String fresh(String key, java.util.function.Supplier<JsonPath> issue) {
        Token token = tokens.compute(key, (k, held) -> {
            if (held != null && Instant.now().plus(RENEW_BEFORE).isBefore(held.expiresAt())) {
                return held;
            }
            JsonPath answer = issue.get();
            return new Token(answer.getString("access_token"),
                    Instant.now().plusSeconds(answer.getLong("expires_in")));
        });
        return token.value();
    }
}
