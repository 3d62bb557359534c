package io.orderflow.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class AuthIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aRegisteredCustomerLogsInAndGetsAnRs256TokenTheKeySetVerifies() throws Exception {
        String username = newCustomer();

        JsonPath login = logIn(username, PASSWORD).then().statusCode(200).extract().jsonPath();

        assertThat(login.getString("token_type")).isEqualTo("Bearer");
        assertThat(login.getLong("expires_in")).isEqualTo(300);
        assertThat(login.getString("refresh_token")).isNotBlank();
        JwtClaims claims = verify(login.getString("access_token"));
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:18080/auth");
        assertThat(claims.getAudience()).containsExactly("orderflow");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("customer");
        assertThat(claims.getStringClaimValue("upn")).isEqualTo(username);
        assertThat(UUID.fromString(claims.getSubject())).isNotNull();
        assertThat(JsonWebStructure.fromCompactSerialization(login.getString("access_token")).getAlgorithmHeaderValue())
                .isEqualTo("RS256");
    }

    @Test
    void anEmailGivenAtRegistrationTravelsInTheAccessTokenAndABadOneIsA400() throws Exception {
        String username = "customer-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD, "email", username + "@example.com"))
                .post("/auth/register").then().statusCode(201);

        JwtClaims claims = verify(logIn(username, PASSWORD).then().statusCode(200).extract().path("access_token"));

        assertThat(claims.getStringClaimValue("email")).isEqualTo(username + "@example.com");
        assertThat(verify(logIn(newCustomer(), PASSWORD).then().extract().path("access_token")).hasClaim("email"))
                .as("no email, no claim").isFalse();
        given().contentType(ContentType.JSON).body(Map.of("username", "someone-else-" + UUID.randomUUID()
                        .toString().substring(0, 6), "password", PASSWORD, "email", "not an address"))
                .post("/auth/register").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("email"));
    }

    @Test
    void aBodyStartingWithNulBytesIsA400ProblemNotA500() {
        // Jackson reads such a body as UTF-32 and fails to decode it (found by MalformedInputFuzzIT)
        byte[] body = {0, 0, 7, 0};
        for (String path : List.of("/auth/login", "/auth/refresh", "/auth/register")) {
            given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://orderflow.io/problems/malformed-request"));
        }
    }

    @Test
    void aTakenUsernameIsAConflictWhateverItsCase() {
        String username = newCustomer();
        register(username.toUpperCase(), PASSWORD).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://orderflow.io/problems/conflict"));
    }

    @Test
    void aShortPasswordOrABadUsernameIsA400NamingTheRule() {
        register("someone-" + UUID.randomUUID().toString().substring(0, 6), "short").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("at least 12 characters"));
        register("no spaces allowed", PASSWORD).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("username"));
        given().contentType(ContentType.JSON).body("{\"username\":\"x\\u0000y\",\"password\":\"p\"}")
                .post("/auth/register").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSame401() {
        String username = newCustomer();
        String wrong = logIn(username, "not the password at all").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer")).extract().path("detail");
        String unknown = logIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD).then()
                .statusCode(401).extract().path("detail");
        assertThat(unknown).isEqualTo(wrong);
    }

    @Test
    void aRefreshTokenWorksOnceAndReusingItRevokesTheSession() {
        String username = newCustomer();
        String first = logIn(username, PASSWORD).then().statusCode(200).extract().path("refresh_token");

        String second = refresh(first).then().statusCode(200).extract().path("refresh_token");
        refresh(first).then().statusCode(401).contentType(PROBLEM);

        refresh(second).then().statusCode(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String refreshToken = logIn(newCustomer(), PASSWORD).then().statusCode(200).extract().path("refresh_token");
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken)).post("/auth/logout")
                .then().statusCode(204);
        refresh(refreshToken).then().statusCode(401);
    }

    @Test
    void orderServiceGetsAServiceTokenWithItsClientSecretOnly() throws Exception {
        String token = clientCredentials("order-service", "test-order-service-secret").then().statusCode(200)
                .extract().path("access_token");
        assertThat(verify(token).getStringListClaimValue("groups")).containsExactly("service");
        assertThat(verify(token).getSubject()).isEqualTo("order-service");

        clientCredentials("order-service", "guess").then().statusCode(401).contentType(PROBLEM);
        clientCredentials("someone-else", "test-order-service-secret").then().statusCode(401);
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", "order-service").formParam("client_secret", "test-order-service-secret")
                .post("/auth/token").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anAdminDisablesAUserWhoseLoginAndRefreshStopAtOnce() {
        String username = newCustomer();
        String refreshToken = logIn(username, PASSWORD).then().statusCode(200).extract().path("refresh_token");

        given().auth().oauth2(adminToken()).post("/auth/users/" + username + "/disable").then().statusCode(200)
                .body("enabled", equalTo(false));

        logIn(username, PASSWORD).then().statusCode(401);
        refresh(refreshToken).then().statusCode(401);
    }

    @Test
    void onlyAnAdminDisablesUsersOrRotatesKeys() {
        String customer = logIn(newCustomer(), PASSWORD).then().extract().path("access_token");
        String ops = logIn("ops", "test-ops-password").then().statusCode(200).extract().path("access_token");

        given().post("/auth/keys/rotate").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2("not.a.token").post("/auth/keys/rotate").then().statusCode(401);
        given().auth().oauth2(customer).post("/auth/keys/rotate").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(ops).post("/auth/users/admin/disable").then().statusCode(403);
        given().auth().oauth2(adminToken()).post("/auth/users/nobody-at-all/disable").then().statusCode(404);
    }

    @Test
    void afterARotationTokensSignedWithTheOldKeyStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        String username = newCustomer();
        String before = logIn(username, PASSWORD).then().extract().path("access_token");

        String newKid = given().auth().oauth2(adminToken()).post("/auth/keys/rotate").then().statusCode(200)
                .extract().path("kid");
        String after = logIn(username, PASSWORD).then().extract().path("access_token");

        assertThat(JsonWebStructure.fromCompactSerialization(after).getKeyIdHeaderValue()).isEqualTo(newKid);
        assertThat(JsonWebStructure.fromCompactSerialization(before).getKeyIdHeaderValue()).isNotEqualTo(newKid);
        assertThat(verify(before).getStringClaimValue("upn")).isEqualTo(username);
        assertThat(verify(after).getStringClaimValue("upn")).isEqualTo(username);
        List<String> kids = given().get("/.well-known/jwks.json").then().statusCode(200).extract().path("keys.kid");
        assertThat(kids).contains(newKid);
    }

    @Test
    void aTokenSignedByAnotherKeyDoesNotVerify() throws Exception {
        String token = logIn(newCustomer(), PASSWORD).then().extract().path("access_token");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        org.junit.jupiter.api.Assertions.assertThrows(InvalidJwtException.class, () -> verify(tampered));
        given().auth().oauth2(tampered).post("/auth/keys/rotate").then().statusCode(401);
    }

    @Test
    void aTamperedCopyOfATokenJustAcceptedIsRefused() {
        String admin = adminToken();
        given().auth().oauth2(admin).post("/auth/keys/rotate").then().statusCode(200);
        String[] parts = admin.split("\\.");

        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        given().auth().oauth2(tampered).post("/auth/keys/rotate").then().statusCode(401);
        given().auth().oauth2(admin).post("/auth/keys/rotate").then().statusCode(200);
    }

    private static JwtClaims verify(String token) throws Exception {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setExpectedIssuer("http://localhost:18080/auth")
                .setExpectedAudience("orderflow")
                .setRequireExpirationTime()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .build().processToClaims(token);
    }

    private static String adminToken() {
        return logIn("admin", "test-admin-password").then().statusCode(200).extract().path("access_token");
    }

    private static String newCustomer() {
        String username = "customer-" + UUID.randomUUID().toString().substring(0, 8);
        register(username, PASSWORD).then().statusCode(201).body("role", equalTo("customer"));
        return username;
    }

    private static io.restassured.response.Response register(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/auth/register");
    }

    private static io.restassured.response.Response logIn(String username, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/auth/login");
    }

    private static io.restassured.response.Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken))
                .post("/auth/refresh");
    }

    private static io.restassured.response.Response clientCredentials(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret).post("/auth/token");
    }
}
