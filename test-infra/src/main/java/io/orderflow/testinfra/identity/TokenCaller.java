package io.orderflow.testinfra.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Set;
import java.util.function.Supplier;
import org.jose4j.jwt.JwtClaims;

/**
 * A caller as a service sees it: no token, a valid token with one role, or a token it must refuse. Every
 * refused token claims all roles, so its 401 comes from the token, never from a missing role. The columns of
 * every service's security matrix.
 */
public enum TokenCaller {

    ANONYMOUS(null, () -> null),
    CUSTOMER("customer", () -> issuer().token(TokenCaller.CUSTOMER_SUBJECT, "customer")),
    /** Another customer: the same role, but nothing of the first customer's is theirs. */
    OTHER_CUSTOMER("customer", () -> issuer().token("bob", "customer")),
    OPS("ops", () -> issuer().token("ops@orderflow.test", "ops")),
    ADMIN("admin", () -> issuer().token("admin@orderflow.test", "admin")),
    SERVICE("service", () -> issuer().token("order-service", "service")),
    EXPIRED_TOKEN(null, () -> issuer().expiredToken("mallory", Forged.ALL_ROLES)),
    FOREIGN_KEY(null, () -> Forged.FOREIGN.token("mallory", Forged.ALL_ROLES)),
    ALG_NONE(null, () -> issuer().unsignedToken("mallory", Forged.ALL_ROLES)),
    HS256_KEY_CONFUSION(null, () -> issuer().symmetricToken("mallory", Forged.ALL_ROLES)),
    WRONG_ISSUER(null, () -> Forged.signed(claims -> claims.setIssuer("https://issuer.attacker.invalid"))),
    WRONG_AUDIENCE(null, () -> Forged.signed(claims -> claims.setAudience("another-application")));

    /** The subject of {@link #CUSTOMER}'s token: the owner of what a test makes as that customer. */
    public static final String CUSTOMER_SUBJECT = "alice";
    private static final String PROBLEMS = "https://orderflow.io/problems/";

    /** The one role a valid token carries; null when the service must not accept the token at all. */
    private final String role;
    private final Supplier<String> token;

    TokenCaller(String role, Supplier<String> token) {
        this.role = role;
        this.token = token;
    }

    /** A request carrying this caller's token (a fresh one each time), or none. */
    public RequestSpecification request() {
        String bearer = token.get();
        return bearer == null ? given() : given().auth().oauth2(bearer);
    }

    /** 401 without an acceptable token, 403 with one lacking the role, else what the endpoint answers. */
    public int expectedStatus(Set<String> rolesAllowed, int allowedStatus) {
        if (role == null) {
            return 401;
        }
        return rolesAllowed.contains(role) ? allowedStatus : 403;
    }

    /** A 401 is a problem+json with a Bearer challenge, a 403 a problem+json without one. */
    public static void assertRefusalIsAProblem(Response response) {
        if (response.statusCode() == 401) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(response.jsonPath().getString("type")).isEqualTo(PROBLEMS + "unauthorized");
        } else if (response.statusCode() == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.header("WWW-Authenticate")).isNull();
            assertThat(response.jsonPath().getString("type")).isEqualTo(PROBLEMS + "forbidden");
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
