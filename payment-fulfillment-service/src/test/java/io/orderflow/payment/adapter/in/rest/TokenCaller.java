package io.orderflow.payment.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.rest.ProblemType;
import io.orderflow.testinfra.identity.TestIssuer;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.function.Supplier;
import org.jose4j.jwt.JwtClaims;

/**
 * A caller as the service sees it: no token, a valid token with one role, or a token it must refuse. Every
 * refused token claims all roles, so its 401 comes from the token, never from a missing role.
 */
enum TokenCaller {

    ANONYMOUS(null, () -> null),
    CUSTOMER("customer", () -> issuer().token("alice", "customer")),
    OPS("ops", () -> issuer().token("ops@orderflow.test", "ops")),
    ADMIN("admin", () -> issuer().token("admin@orderflow.test", "admin")),
    SERVICE("service", () -> issuer().token("order-service", "service")),
    EXPIRED_TOKEN(null, () -> issuer().expiredToken("mallory", Forged.ALL_ROLES)),
    FOREIGN_KEY(null, () -> Forged.FOREIGN.token("mallory", Forged.ALL_ROLES)),
    ALG_NONE(null, () -> issuer().unsignedToken("mallory", Forged.ALL_ROLES)),
    HS256_KEY_CONFUSION(null, () -> issuer().symmetricToken("mallory", Forged.ALL_ROLES)),
    WRONG_ISSUER(null, () -> Forged.signed(claims -> claims.setIssuer("https://issuer.attacker.invalid"))),
    WRONG_AUDIENCE(null, () -> Forged.signed(claims -> claims.setAudience("another-application")));

    /** The one role a valid token carries; null when the service must not accept the token at all. */
    private final String role;
    private final Supplier<String> token;

    TokenCaller(String role, Supplier<String> token) {
        this.role = role;
        this.token = token;
    }

    /** A request carrying this caller's token (a fresh one each time), or none. */
    RequestSpecification request() {
        String bearer = token.get();
        return bearer == null ? given() : given().auth().oauth2(bearer);
    }

    /** 401 without an acceptable token, 403 with one lacking the role, else what the endpoint answers. */
    int expectedStatus(Set<String> rolesAllowed, int allowedStatus) {
        if (role == null) {
            return 401;
        }
        return rolesAllowed.contains(role) ? allowedStatus : 403;
    }

    /** A 401 is a problem+json with a Bearer challenge, a 403 a problem+json without one. */
    static void assertRefusalIsAProblem(Response response) {
        if (response.statusCode() == 401) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(response.jsonPath().getString("type")).isEqualTo(ProblemType.UNAUTHORIZED.uri().toString());
        } else if (response.statusCode() == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).isNull();
            assertThat(response.jsonPath().getString("type")).isEqualTo(ProblemType.FORBIDDEN.uri().toString());
        }
    }

    private static TestIssuer issuer() {
        return TestIssuer.get();
    }

    /** Material for the tokens the service must refuse. */
    private static final class Forged {

        static final String[] ALL_ROLES = {"customer", "ops", "admin", "service"};
        /** Names the trusted issuer but signs with a key of its own. */
        static final TestIssuer FOREIGN = new TestIssuer(TestIssuer.get().issuer());

        interface Change {
            void apply(JwtClaims claims);
        }

        /** A token from the trusted key with one claim changed. */
        static String signed(Change change) {
            JwtClaims claims = issuer().claims("mallory", ALL_ROLES);
            change.apply(claims);
            return issuer().sign(claims);
        }
    }
}
