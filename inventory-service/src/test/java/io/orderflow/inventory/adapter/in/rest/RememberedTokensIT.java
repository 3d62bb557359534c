package io.orderflow.inventory.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.tokens.VerifiedTokens;
import io.orderflow.testinfra.EmbeddedInfraResource;
import io.orderflow.testinfra.identity.TestIssuer;
import io.orderflow.testinfra.identity.TokenCaller;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Requests are authenticated through {@link VerifiedTokens}, which remembers the tokens it verified; what it
 * remembers never lets through a token the verifier refuses (its unit test covers expiry and age).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedInfraResource.class, initArgs = @ResourceArg(name = "database", value = "inventory"))
class RememberedTokensIT {

    @Inject
    JWTParser parser;

    @Test
    void bearerTokensAreCheckedThroughTheRememberingParser() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void aTokenSentAgainIsAcceptedAgainAndATamperedCopyOfItIsRefused() {
        String token = TestIssuer.get().token("order-service", "service");
        String sku = InventoryApi.createSku(3);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/skus/" + sku).then().statusCode(200);
        }
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        given().auth().oauth2(tampered).get("/skus/" + sku).then().statusCode(401);
        TokenCaller.EXPIRED_TOKEN.request().get("/skus/" + sku).then().statusCode(401);
    }
}
