package io.orderflow.testinfra.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.testinfra.ResourceMethods;
import io.restassured.path.json.JsonPath;
import java.util.List;

/** Checks every service's security matrix shares: the table names all operations; the API document asks for a JWT. */
public final class SecurityMatrix {

    private SecurityMatrix() {
    }

    /** The tabled operations are exactly the service's JAX-RS operations; prints the matrix size. */
    public static void assertTablesEveryOperation(String service, String servicePackage, List<String> tabled) {
        assertThat(tabled.stream().sorted().toList()).isEqualTo(ResourceMethods.of(servicePackage));
        int callers = TokenCaller.values().length;
        System.out.printf("[security-matrix] %s: %d endpoints x %d callers = %d cells%n", service, tabled.size(),
                callers, tabled.size() * callers);
    }

    /** Health stays open, and {@code /q/openapi} declares one bearer JWT scheme that {@code operation} requires. */
    public static void assertApiDocumentAsksForABearerToken(String operationPath) {
        given().get("/q/health/live").then().statusCode(200);
        JsonPath openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertThat(openApi.getMap("components.securitySchemes")).containsOnlyKeys("bearer");
        assertThat(openApi.getMap("components.securitySchemes.bearer"))
                .containsEntry("type", "http").containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat(openApi.getList(operationPath + ".security.bearer")).isNotNull();
    }
}
