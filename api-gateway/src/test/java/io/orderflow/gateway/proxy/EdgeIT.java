package io.orderflow.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeBackends.class)
class EdgeIT {

    @Inject
    DataSource dataSource;

    @Test
    void aBodyOverTheLimitIsA413ProblemAndNothingIsWrittenToDisk() {
        byte[] large = new byte[1_048_577];
        given().contentType(ContentType.JSON).body(large).post("/orders").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://orderflow.io/problems/payload-too-large"))
                .body("correlationId", org.hamcrest.Matchers.notNullValue());
        given().multiPart("file", "upload.bin", new byte[4096]).post("/orders").then().statusCode(201);

        assertThat(Files.exists(Path.of("file-uploads"))).as("no upload folder").isFalse();
    }

    @Test
    void theCorrelationIdAndTheTokenReachTheBackendUnchanged() {
        Map<String, String> headers = given().header("X-Correlation-Id", "abc-123")
                .header("Authorization", "Bearer some.token.value").get("/skus").then().statusCode(200)
                .header("X-Correlation-Id", "abc-123").extract().jsonPath().getMap("headers");
        assertThat(headers).containsEntry("x-correlation-id", "abc-123")
                .containsEntry("authorization", "Bearer some.token.value");
    }

    @Test
    void anUnsafeCorrelationIdIsReplacedByANewOne() {
        String answered = given().header("X-Correlation-Id", "bad id\twith spaces").get("/skus").then()
                .statusCode(200).extract().header("X-Correlation-Id");
        assertThat(answered).matches("[0-9a-f-]{36}");
    }

    @Test
    void answersOfTheGatewayAndOfTheServicesCarryTheSecurityHeaders() {
        Response proxied = given().get("/skus");
        Response own = given().contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-here", "password", "wrong password 1")).post("/auth/login");
        for (Response answer : new Response[] {proxied, own}) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
            assertThat(answer.header("X-Correlation-Id")).isNotBlank();
        }
        assertThat(own.statusCode()).isEqualTo(401);
        assertThat(own.jsonPath().getString("correlationId")).isEqualTo(own.header("X-Correlation-Id"));
    }

    @Test
    void everyStateChangingRequestLeavesAnAuditRowAndAReadLeavesNone() throws Exception {
        given().header("X-Correlation-Id", "audit-post-1").contentType(ContentType.JSON).body("{}").post("/orders")
                .then().statusCode(201);
        given().header("X-Correlation-Id", "audit-get-1").get("/skus").then().statusCode(200);
        given().header("X-Correlation-Id", "audit-login-1").contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-here", "password", "wrong password 1")).post("/auth/login")
                .then().statusCode(401);

        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> auditRows("audit-post-1").size() == 1 && auditRows("audit-login-1").size() == 1);
        assertThat(auditRows("audit-post-1")).containsExactly("POST /orders 201");
        assertThat(auditRows("audit-login-1")).containsExactly("POST /auth/login 401");
        assertThat(auditRows("audit-get-1")).isEmpty();
    }

    private List<String> auditRows(String correlationId) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT method, path, status, received_at FROM request_audit WHERE correlation_id = ?")) {
            select.setString(1, correlationId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    assertThat(result.getTimestamp("received_at")).isNotNull();
                    rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getInt(3));
                }
            }
        }
        return rows;
    }

    @Test
    void theOperationsApiIsRoutedToOrderService() {
        given().get("/ops/orders/attention").then().statusCode(200).body("backend", equalTo("ops"));
    }
}
