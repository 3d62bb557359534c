package io.orderflow.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LimitsIT.LowLimits.class)
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeBackends.class)
class LimitsIT {

    private static final String PASSWORD = "correct horse battery staple";

    /** Small budgets, so a test can use one up. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.limits.per-user-requests", "5", "gateway.limits.failed-logins-per-account", "3");
        }
    }

    @Test
    void aSignedInUserOverTheirBudgetGets429WithRetryAfterWhileAnotherUserDoesNot() {
        String alice = token(newCustomer());
        String bob = token(newCustomer());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(alice).get("/skus").then().statusCode(200);
        }
        double refusalsBefore = refusals("user");

        Response refused = given().auth().oauth2(alice).get("/skus");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://orderflow.io/problems/rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        given().auth().oauth2(bob).get("/skus").then().statusCode(200);
        assertThat(refusals("user") - refusalsBefore).as("counted in /q/metrics").isEqualTo(1);
    }

    /** The gateway's count of 429 answers for one limit, as Prometheus reads it. */
    private static double refusals(String limit) {
        String prefix = "orderflow_gateway_refusals_total{limit=\"" + limit + "\"} ";
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                // the value, then possibly an exemplar: 1.0 # {span_id="…",trace_id="…"} 1.0 1796143761.602
                .filter(line -> line.startsWith(prefix)).mapToDouble(line -> Double.parseDouble(
                        line.substring(prefix.length()).split(" ")[0])).findFirst().orElseThrow();
    }

    @Test
    void afterTooManyFailedLoginsEvenTheRightPasswordWaits() {
        String username = newCustomer();
        for (int i = 0; i < 3; i++) {
            logIn(username, "not the right password").then().statusCode(401);
        }

        double refusalsBefore = refusals("account");
        logIn(username, PASSWORD).then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/rate-limited"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(refusals("account") - refusalsBefore).as("counted in /q/metrics").isEqualTo(1);
        String other = newCustomer();
        logIn(other, PASSWORD).then().statusCode(200);
    }

    private static String newCustomer() {
        String username = "limits-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD))
                .post("/auth/register").then().statusCode(201);
        return username;
    }

    private static String token(String username) {
        return logIn(username, PASSWORD).then().statusCode(200).extract().path("access_token");
    }

    private static Response logIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/auth/login");
    }
}
