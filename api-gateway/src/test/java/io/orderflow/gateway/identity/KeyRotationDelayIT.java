package io.orderflow.gateway.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.testinfra.EmbeddedInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KeyRotationDelayIT.HourDelay.class)
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class KeyRotationDelayIT {

    /** A rotated-in key waits an hour before it signs. */
    public static class HourDelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("auth.key-activation-delay", "1h");
        }
    }

    @Test
    void aRotatedInKeyIsPublishedAtOnceButSignsOnlyAfterTheDelay() throws Exception {
        String before = adminToken();
        String signingKid = JsonWebStructure.fromCompactSerialization(before).getKeyIdHeaderValue();

        Map<String, String> rotation = given().auth().oauth2(before).post("/auth/keys/rotate").then().statusCode(200)
                .extract().as(Map.class);

        List<String> published = given().get("/.well-known/jwks.json").then().statusCode(200).extract()
                .path("keys.kid");
        assertThat(published).contains(rotation.get("kid"), signingKid);
        assertThat(Instant.parse(rotation.get("activatesAt"))).isAfter(Instant.now().plusSeconds(3000));
        String after = adminToken();
        assertThat(JsonWebStructure.fromCompactSerialization(after).getKeyIdHeaderValue()).isEqualTo(signingKid);
    }

    private static String adminToken() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "test-admin-password")).post("/auth/login")
                .then().statusCode(200).extract().path("access_token");
    }
}
